using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Timeline.Api.Exports;
using Timeline.Domain.Countries;
using Timeline.Domain.Dates;
using Timeline.Domain.Institutions;
using Timeline.Domain.People;
using Timeline.Domain.Records;
using Timeline.Domain.Sources;
using Timeline.EventStore.Serialization;
using Timeline.Projections.Timelines;

namespace Timeline.Api.Tests.Exports;

/// <summary>
/// Every timeline export, written from the stored JSON, against the same export written from deserialised objects as
/// before (<see cref="ExportsAsTheyWere"/>), byte for byte, on entries stored as the fold stores them and made of what
/// CSV, spreadsheets, HTML and JSON treat specially: separators, quotes, line breaks, formula starts, markup, non-ASCII
/// text, surrogate pairs and lone surrogates, empty and missing values, rows long enough to cross the writers'
/// buffers, and every form of EDTF date.
/// </summary>
public class Exports_are_the_bytes_they_were
{
    private static readonly string[] Pieces =
    [
        ",", "\"", "\"\"", "\r", "\n", "\r\n", "=", "+", "-", "@", "\t", "'", ";", "; ", " ", "<", ">", "&", "&amp;", "</p>", "\\", "/",
        "a", "Zz9", "é", "\u00A0", "ÿ", "\u0080", "Ω中文", "😀", "\uD83D", "\uDE00", "\u2028", "\0", "",
    ];

    private static readonly string[] DateForms =
    [
        "2018-12-17", "2019-06", "2019", "2020-11-17/2020-11-18", "2021?", "2014-06~", "2018-06-11%", "XXXX", "XXXX-XX",
        "XXXX-XX-XX", "2019-XX", "2019-12-XX", "201X", "19XX", "-1985", "-198X", "Y170000002", "0000", "1985-04-12T23:20:30Z",
        "1985-04-12T23:20:30+08:00", "2014-21", "2014-22", "2014-23", "2014-24", "1984?/2004%", "2018-12-01/..", "2018/", "../2024-07-20",
        "/2018", "2019-12-30/2020-01-02", "2020-02-29",
    ];

    private static readonly string[] Dates = DateForms.Where(form => HistoricalDate.TryParse(form, out _, out _)).ToArray();

    private static readonly Gen<string> Short = Gen.Elements(Pieces).ArrayOf().Select(parts => string.Concat(parts.Take(10)));

    // Now and then a text long enough that one row outgrows the writers' buffers.
    private static readonly Gen<string> Texts =
        from pick in Gen.Choose(0, 60)
        from text in Short
        select pick == 0 ? string.Concat(Enumerable.Repeat(text + "x", 9_000)) : text;

    private static readonly Gen<string?> Missing = Gen.Choose(0, 4).SelectMany(pick => pick == 0 ? Gen.Constant<string?>(null) : Texts.Select(t => (string?)t));

    private static readonly Gen<string[]> Lists = Texts.ArrayOf().Select(items => items.Take(4).ToArray());

    private static readonly Gen<InstitutionRef> Institutions =
        from id in Gen.Elements("ouc", "unesco", "universal-college", "a1-b2")
        from name in Texts
        from acronym in Missing
        from country in Gen.Elements<string?>(null, "KE", "CN")
        from role in Gen.Elements(Enum.GetValues<InstitutionRole>())
        select new InstitutionRef(id, name, acronym, country is null ? null : CountryCode.Parse(country), role);

    private static readonly Gen<ExportedEntry> Entries =
        from recordId in Texts
        from kind in Texts
        from date in Gen.Elements(Dates).Select(HistoricalDate.Parse)
        from display in Texts
        from title in Texts
        from institutions in Institutions.ArrayOf().Select(items => items.Take(4).ToList())
        from countries in Gen.Elements("KE", "CN", "GB", "KZ").ArrayOf().Select(codes => codes.Take(3).Select(code => CountryCode.Parse(code)).ToList())
        from places in Lists
        from people in Lists
        from url in Missing
        from document in Missing
        from text in Missing
        from paragraph in Gen.Choose(-2, 3_000).Select(p => p < 0 ? (int?)null : p)
        from revision in Gen.Choose(0, 100_000)
        from corrections in Gen.Choose(0, 9)
        from inEvent in Gen.Elements(false, true)
        let facts = new ActivityFacts(date, title, institutions, countries, places,
            people.Select((name, i) => new Person(name, i % 2 == 0 ? null : name, i % 3 == 0 ? null : "ouc")).ToList(),
            new Source(document, url, paragraph, text, "0", paragraph is { } day ? new DateOnly(2000, 1, 1).AddDays(day) : null))
        select new ExportedEntry(
            JsonSerializer.SerializeToUtf8Bytes(
                new TimelineEntry(recordId, kind, date, display, title, institutions, countries, places, revision, corrections, revision + 1L),
                EventJson.Options),
            Stored(facts, inEvent),
            inEvent);

    /// <summary>A corrected record's row keeps its facts; an uncorrected one's are in the event that recorded it, among other members.</summary>
    private static byte[] Stored(ActivityFacts facts, bool inEvent) => inEvent
        ? JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object> { ["direction"] = "inbound", ["facts"] = facts, ["visitors"] = new[] { facts.Title } }, EventJson.Options)
        : JsonSerializer.SerializeToUtf8Bytes(facts, EventJson.Options);

    // Up to about 1,200 entries, so a file crosses the flushes every 200 and 500 entries as well as the buffers.
    private static readonly Gen<ExportedEntry[]> Files =
        from entries in Entries.ArrayOf()
        from copies in Gen.Choose(1, 12)
        select Enumerable.Repeat(entries, copies).SelectMany(e => e).ToArray();

    [Fact]
    public void Every_date_form_drawn_is_one_the_domain_parses() => Assert.Empty(DateForms.Except(Dates));

    [Property(MaxTest = 100)]
    public Property A_CSV_export_is_the_same_bytes_as_before() => Same("csv");

    [Property(MaxTest = 100)]
    public Property A_TimelineJS_export_is_the_same_bytes_as_before() => Same("timelinejs");

    [Property(MaxTest = 100)]
    public Property A_JSON_LD_export_is_the_same_bytes_as_before() => Same("jsonld");

    [Property(MaxTest = 100)]
    public Property A_JSON_Lines_export_is_the_same_bytes_as_before() => Same("jsonl");

    private static Property Same(string format) =>
        Prop.ForAll(Arb.From(Files), entries =>
        {
            const string title = "Universal <College> & \"Ω\" 😀: timeline";
            using var before = new MemoryStream();
            ExportsAsTheyWere.WriteAsync(format, before, title, entries).GetAwaiter().GetResult();
            using var now = new MemoryStream();
            var plan = new TimelineExportPlan(ExportFormats.Choose(format, null, new()), title, "stem", AsAsync(entries));
            plan.WriteAsync(now, CancellationToken.None).GetAwaiter().GetResult();

            var (expected, actual) = (before.ToArray(), now.ToArray());
            var at = expected.AsSpan().CommonPrefixLength(actual);
            Assert.True(at == expected.Length && at == actual.Length,
                $"the bytes differ at {at} of {expected.Length} (now {actual.Length}): "
                + $"{Convert.ToHexString(expected.AsSpan(at, Math.Min(24, expected.Length - at)))} against {Convert.ToHexString(actual.AsSpan(at, Math.Min(24, actual.Length - at)))}");
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
