using System.Text.RegularExpressions;

namespace Timeline.Importing;

/// <summary>
/// A paragraph that only announces what is to come, or what was called off, records no activity: "plan to sign",
/// "is expected to host", "will be held", "was postponed". One that also reports something done ("signed an
/// agreement under which they will ...", "postponed in March and held in May") still does.
/// </summary>
public static partial class Plans
{
    public static bool IsOnlyPlanned(string text) => Planned().IsMatch(WithoutQuotes(text)) && !Done().IsMatch(text);

    /// <summary>"\"Every teacher will take home something,\" said a trainer": what a speaker says of the future plans nothing.</summary>
    public static string WithoutQuotes(string text) => Quoted().Replace(text, "\"\"");

    [GeneratedRegex(@"""[^""\n]{0,2000}""|“[^”\n]{0,2000}”", RegexOptions.None, matchTimeoutMilliseconds: Linear.TimeoutMilliseconds)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\b(will|shall|plans? to|planned to|planning to|intends? to|intended to|aims? to|hopes? to|(is|are) (expected|scheduled|due|set|going|slated|to be)\b|(was|were|has been|have been|had been) (postponed|cancell?ed|canceled|called off|put off|deferred|suspended)|did not|has not|have not)\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex Planned();

    /// <summary>Acts in the past tense, unless a future or an infinitive governs them ("will be held", "to be signed").</summary>
    [GeneratedRegex(@"(?<!\b(will|shall|would|to|may|might|could|should|must|not)\s+(be\s+|have\s+|have\s+been\s+)?)\b(held|hosted|signed|organi[sz]ed|attended|took place|carried out|conducted|completed|celebrated|marked|awarded|honou?red|presented|released|published|issued|received|welcomed|joined|participated|took part|began|started|visited|met|trained|launched|opened|donated|won|gave|taught|led|toured|inaugurated|unveiled|established|founded|coached|mentored|ran|concluded|inked|came|went|travell?ed|arrived|spent|sent|convened|discussed|dispatched|entered|paid|made|called (on|at)|brought|played|renewed|exchanged|handed|delivered|shipped|set up)\b", Linear.Options, Linear.TimeoutMilliseconds)]
    private static partial Regex Done();
}
