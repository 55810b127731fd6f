using System.Buffers;
using Timeline.Domain.Dates;
using Timeline.Domain.Records;

namespace Timeline.Importing;

/// <summary>
/// The signals that a reading may be wrong, field by field. Each is a property of how the reading was made (which
/// rule decided, what was left unexplained), never of particular texts, so it holds on announcements not yet seen.
/// The weights were set on the tuning part of the labelled set: a signal that alone marks most readings where it
/// fires as wrong is <see cref="Doubt.Strong"/>; one that marks some is <see cref="Doubt.Lesser"/> or <see cref="Doubt.Slight"/>.
/// </summary>
public static class Doubts
{
    public const string Kind = "kind", Date = "date", Institutions = "institutions", Countries = "countries", Direction = "direction",
        Paragraph = "paragraph";

    /// <summary>Longer than announcements' paragraphs run: several activities may share it.</summary>
    private const int LongParagraph = 500;

    /// <summary>Longer than names run: the name has probably swallowed the words around it.</summary>
    private const int LongName = 10;

    public static List<Doubt> Of(string text, ActivityKind kind, int kindClues, HistoricalDate date, bool dateStated,
        IReadOnlyList<FoundInstitution> institutions, bool? directionGuessed)
    {
        var doubts = new List<Doubt>();
        if (kind == ActivityKind.ActivityReported)
            doubts.Add(new(Kind, "no known kind of activity; reported as ActivityReported", Doubt.Lesser));
        if (kindClues > 2)
            doubts.Add(new(Kind, "words of several kinds of activity", Doubt.Slight));

        if (!dateStated && !Says(text, Recently))
            doubts.Add(new(Date, "no date found", Doubt.Lesser));
        else if (dateStated && YearOutside(text, date) is { } other)
            doubts.Add(new(Date, $"another year named ({other}) besides the date read", Doubt.Slight));

        if (institutions.Count == 0)
            doubts.Add(new(Institutions, "no institution found", Doubt.Strong));
        if (institutions.FirstOrDefault(RunsOn) is { } runOn)
            doubts.Add(new(Institutions, $"a name may run into another name or a place ({runOn.Name})", Doubt.Strong));
        if (LooseNames.FirstUncovered(text, institutions) is { } loose)
            doubts.Add(new(Institutions, $"a capitalised name no institution found accounts for ({loose})", Doubt.Strong));
        if (institutions.FirstOrDefault(i => i.Name.Count(c => c == ' ') + 1 > LongName) is { } wordy)
            doubts.Add(new(Institutions, $"a name of unusual length ({wordy.Name})", Doubt.Lesser));

        if (directionGuessed is true)
            doubts.Add(new(Direction, "direction of the visit guessed: nothing in the text says which way it went", Doubt.Strong));
        if (kind == ActivityKind.DelegationVisited && institutions.All(i => i.Id != KnownInstitutions.Home.Id))
            doubts.Add(new(Direction, "a visit that does not name the home university", Doubt.Strong));

        if (Says(text, Hedges))
            doubts.Add(new(Paragraph, "words of plans, negation or hedging: the activity may not have happened as read", Doubt.Lesser));
        if (text.Length > LongParagraph)
            doubts.Add(new(Paragraph, "a long paragraph, which may tell of several activities", Doubt.Slight));
        return doubts;
    }

    /// <summary>
    /// A foreign country known only from a town (towns share names across countries, and with people), or a partner
    /// that is neither known nor placed while no foreign country was read: the countries may be wrong or missing.
    /// </summary>
    public static IEnumerable<Doubt> OfCountries(IReadOnlyList<string> countries, IReadOnlyList<string> fromTownsOnly, IReadOnlyList<FoundInstitution> institutions)
    {
        var home = KnownInstitutions.Home.Country;
        if (fromTownsOnly.FirstOrDefault(c => c != home) is { } weak)
            yield return new(Countries, $"{weak} known only from a town", TownOnlyWeight);
        if (countries.All(c => c == home) && institutions.FirstOrDefault(i => i.Country is null && i.Id != KnownInstitutions.Home.Id) is { } unplaced)
            yield return new(Countries, $"no foreign country read, and {unplaced.Name} is not known to be in China", UnplacedWeight);
    }

    private const double TownOnlyWeight = Doubt.Slight, UnplacedWeight = Doubt.Slight;

    /// <summary>
    /// "X University and Y College" read as one, or a name that ran on into "in" and a place. A name read with its
    /// acronym, or known, is whole: "International Council for Open and Distance Education (ICDE)".
    /// </summary>
    private static bool RunsOn(FoundInstitution institution)
    {
        if (institution.Acronym is not null || KnownInstitutions.Find(institution.Name) is not null)
            return false;
        var name = institution.Name;
        var and = name.LastIndexOf(" and ", StringComparison.Ordinal);
        return name.Contains(" in ", StringComparison.Ordinal)
            || and > 0 && name[and..].AsSpan().IndexOfAny(HeadNouns) >= 0 && name[..and].AsSpan().IndexOfAny(HeadNouns) >= 0;
    }

    private static readonly SearchValues<string> HeadNouns = SearchValues.Create(
        ["University", "College", "Institute", "Ministry", "Foundation", "Academy", "Centre", "Center", "Association", "Company", "Group", "School"],
        StringComparison.Ordinal);

    /// <summary>A year in the text that the date read does not cover: which of two dates the activity had may have been mistaken.</summary>
    private static int? YearOutside(string text, HistoricalDate date)
    {
        if (date.Earliest is not { } earliest)
            return null;
        var latest = date.Latest ?? earliest;
        var span = text.AsSpan();
        for (var at = span.IndexOfAnyInRange('0', '9'); at >= 0 && at + 4 <= span.Length; )
        {
            var digits = 0;
            while (at + digits < span.Length && char.IsAsciiDigit(span[at + digits]))
                digits++;
            if (digits == 4 && (at == 0 || !char.IsLetter(span[at - 1])) && Year(span.Slice(at, 4)) is var year and >= 1900 and <= 2099
                && (year < earliest.Year || year > latest.Year))
                return year;
            var next = span[(at + digits)..].IndexOfAnyInRange('0', '9');
            at = next < 0 ? -1 : at + digits + next;
        }
        return null;
    }

    private static int Year(ReadOnlySpan<char> digits) =>
        (digits[0] - '0') * 1000 + (digits[1] - '0') * 100 + (digits[2] - '0') * 10 + (digits[3] - '0');

    private static bool Says(string text, SearchValues<string> words) => text.AsSpan().IndexOfAny(words) >= 0;

    private static readonly SearchValues<string> Recently =
        SearchValues.Create(["recently", "not long ago", "the other day"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> Hedges = SearchValues.Create(
        [" will ", " would ", " plans to ", " planned to ", " is expected to ", " are expected to ", " postponed", " cancelled", " canceled",
         " did not ", " was not ", " were not ", " has not ", " have not ", " never ", " intends to ", " is to ", " are to ", " might ", " reportedly ", " is set to "], StringComparison.OrdinalIgnoreCase);
}
