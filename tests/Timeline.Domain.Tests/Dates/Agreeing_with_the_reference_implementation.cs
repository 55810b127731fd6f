using FsCheck;
using FsCheck.Fluent;
using Timeline.Domain.Dates;

namespace Timeline.Domain.Tests.Dates;

/// <summary>
/// Thousands of generated texts, valid and not, read by us and by the npm package <c>edtf</c>. Where we differ
/// on purpose the text is left out of that comparison, and the list below says why.
/// </summary>
public class Agreeing_with_the_reference_implementation
{
    private const string Alphabet = "0123456789-X?~%/.";

    [ReferenceFact]
    public void Both_agree_on_which_texts_are_valid_and_on_their_first_and_last_days()
    {
        var texts = Texts().Distinct().ToList();
        var readings = ReferenceImplementation.Read(texts);

        var disagreements = new List<string>();
        var compared = 0;
        foreach (var reading in readings)
        {
            if (DifferentOnPurpose(reading.Text))
                continue;
            compared++;
            var valid = HistoricalDate.TryParse(reading.Text, out var date, out var error);
            if (valid != reading.Valid)
                disagreements.Add($"{reading.Text}: we say {(valid ? "valid" : error)}, the reference {(reading.Valid ? "valid" : "invalid")}");
            else if (valid && reading.Bounded && BoundsComparable(date!)
                     && (Key(reading.Earliest) != date!.EarliestKey || Key(reading.Latest) != Latest(date)))
                disagreements.Add($"{reading.Text}: we say {date.EarliestKey}..{Latest(date)}, the reference {reading.Earliest}..{reading.Latest}");
        }

        Assert.True(compared > 3000, $"only {compared} of {texts.Count} texts were compared");
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} of {compared} differ:\n" + string.Join("\n", disagreements.Take(30)));
    }

    /// <summary>
    /// Where we read EDTF otherwise, by choice: the reference's grammar takes 29 February of any year; it takes an
    /// interval with neither end known (<c>../..</c>); it holds XXXX as the years 0-9999 where we hold it unknown;
    /// its seasons are quarters of the year where ours are the meteorological seasons of the northern hemisphere.
    /// </summary>
    private static bool DifferentOnPurpose(string text) =>
        text.Contains("-02-29") || text.Split('/') is [var start, var end] && start is "" or ".." && end is "" or "..";

    /// <summary>
    /// Bounds are compared where both mean the same days: not for a wholly unknown date nor a season (see above), nor for unspecified digits
    /// in a negative year, where the reference gives the last day before the first.
    /// </summary>
    private static bool BoundsComparable(HistoricalDate date) =>
        (date.IsKnown || date.End is not null)
        && date.Start is not { Season: not null }
        && !(date.ToString().StartsWith('-') && date.ToString().Contains('X'));

    private static int? Latest(HistoricalDate date) => date.LatestKey == DayKey.OpenEnd ? null : date.LatestKey;

    private static int? Key(string? day)
    {
        if (day is null)
            return null;
        var negative = day.StartsWith('-');
        var parts = day.TrimStart('-').Split('-').Select(int.Parse).ToArray();
        return DayKey.Of(negative ? -parts[0] : parts[0], parts[1], parts[2]);
    }

    private static IEnumerable<string> Texts()
    {
        var valid = Level1Texts.Dates(1000, 2999, withLongYears: false).ArrayOf(3000).Sample(100, new Rnd(20_181_217UL), 1)[0]
            .Concat(Level1Texts.Dates(-2999, -1000, withLongYears: false).ArrayOf(300).Sample(100, new Rnd(1985UL), 1)[0])
            .Where(text => !text.Contains('T'))
            .ToList();
        var random = new Random(412);
        foreach (var text in valid)
        {
            yield return text;
            // One character changed, dropped or added: mostly invalid, sometimes another valid text.
            var at = random.Next(text.Length);
            var other = Alphabet[random.Next(Alphabet.Length)];
            yield return random.Next(3) switch
            {
                0 => text[..at] + other + text[(at + 1)..],
                1 => text.Remove(at, 1),
                _ => text.Insert(at, other.ToString()),
            };
        }
    }
}
