using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Timeline.Api.Exports;
using Timeline.Domain.Countries;
using Timeline.Domain.Dates;
using Timeline.Domain.Institutions;
using Timeline.Domain.People;
using Timeline.Domain.Sources;
using Timeline.Projections.Timelines;

namespace Timeline.Api.Tests.Exports;

/// <summary>
/// The timeline's CSV, written from buffers, against the StreamWriter it replaced (<see cref="CsvAsItWas"/>), byte for
/// byte, on cells made of what CSV and spreadsheets treat specially: separators, quotes, line breaks, formula starts,
/// non-ASCII text, surrogate pairs and lone surrogates, empty and missing values, and rows long enough to cross the
/// writer's buffers.
/// </summary>
public class CSV_rows_are_the_bytes_they_were
{
    private static readonly string[] Pieces =
        [",", "\"", "\"\"", "\r", "\n", "\r\n", "=", "+", "-", "@", "\t", "'", ";", "; ", " ", "a", "Zz9", "é", "Ω中文", "😀", "\uD83D", "\uDE00", ""];

    private static readonly string[] Dates = ["2018-12-17", "2019-06", "2020-11-17/2020-11-18", "2021?", "XXXX", "2019-XX", "../2024-07-20", "2018-12-01/..", "2014-21"];

    private static readonly Gen<string> Short = Gen.Elements(Pieces).ArrayOf().Select(parts => string.Concat(parts.Take(10)));

    // Now and then a text long enough that one row outgrows the writer's buffers.
    private static readonly Gen<string> Texts =
        from pick in Gen.Choose(0, 40)
        from text in Short
        select pick == 0 ? string.Concat(Enumerable.Repeat(text + "x", 9_000)) : text;

    private static readonly Gen<string?> Missing = Gen.Choose(0, 4).SelectMany(pick => pick == 0 ? Gen.Constant<string?>(null) : Texts.Select(t => (string?)t));

    private static readonly Gen<string[]> Lists = Texts.ArrayOf().Select(items => items.Take(4).ToArray());

    private static readonly Gen<ExportedEntry> Entries =
        from recordId in Texts
        from kind in Texts
        from date in Gen.Elements(Dates)
        from display in Texts
        from title in Texts
        from institutions in Lists
        from countries in Gen.Elements("KE", "CN", "GB", "KZ").ArrayOf()
        from places in Lists
        from people in Lists
        from url in Missing
        from document in Missing
        from paragraph in Gen.Choose(-2, 3_000).Select(p => p < 0 ? (int?)null : p)
        from revision in Gen.Choose(0, 100_000)
        from corrections in Gen.Choose(0, 9)
        select new ExportedEntry(
            new TimelineEntry(recordId, kind, HistoricalDate.Parse(date), display, title,
                institutions.Select(name => new InstitutionRef("inst", name, null, null, InstitutionRole.Party)).ToList(),
                countries.Take(3).Select(code => CountryCode.Parse(code)).ToList(), places, revision, corrections, 1),
            new ExportedFacts(people.Select(name => new Person(name, null, null)).ToList(), new Source(document, url, paragraph, null, "0", null)));

    // Up to about 1,200 rows, so a file crosses the flush every 500 rows as well as the buffers.
    private static readonly Gen<ExportedEntry[]> Files =
        from entries in Entries.ArrayOf()
        from copies in Gen.Choose(1, 12)
        select Enumerable.Repeat(entries, copies).SelectMany(e => e).ToArray();

    [Property(MaxTest = 200)]
    public Property A_timeline_is_written_as_the_same_bytes_as_before() =>
        Prop.ForAll(Arb.From(Files), entries =>
        {
            using var before = new MemoryStream();
            CsvAsItWas.WriteAsync(before, entries).GetAwaiter().GetResult();
            using var now = new MemoryStream();
            TimelineCsv.WriteAsync(now, AsAsync(entries), CancellationToken.None).GetAwaiter().GetResult();

            var (expected, actual) = (before.ToArray(), now.ToArray());
            var at = expected.AsSpan().CommonPrefixLength(actual);
            Assert.True(at == expected.Length && at == actual.Length,
                $"the bytes differ at {at} of {expected.Length} (now {actual.Length}): "
                + $"{Convert.ToHexString(expected.AsSpan(at, Math.Min(16, expected.Length - at)))} against {Convert.ToHexString(actual.AsSpan(at, Math.Min(16, actual.Length - at)))}");
        });

    private static async IAsyncEnumerable<ExportedEntry> AsAsync(IEnumerable<ExportedEntry> entries)
    {
        foreach (var entry in entries)
        {
            await Task.Yield();
            yield return entry;
        }
    }
}
