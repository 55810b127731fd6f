using Timeline.Domain.Records;

namespace Timeline.Api.OpenApi;

/// <summary>What the API description says of one parameter: its meaning, and the shape its text must have.</summary>
public sealed record ParameterDoc(string Description, string? Pattern = null, string? Format = null, IReadOnlyList<string>? Values = null);

/// <summary>
/// The parameters of every route, described in one place so that two routes never explain the same word two ways.
/// Activity counts read <c>from</c> and <c>to</c> as years; timelines and the records list as EDTF points.
/// </summary>
public static class ParameterDocs
{
    public const string CountryPattern = "^[A-Z]{2}$";
    public const string DatePointPattern = @"^\d{4}(-\d{2}(-\d{2})?)?$";
    public const string YearPattern = @"^\d{4}$";
    public const string EdtfPattern = @"^(XXXX|\.\./\d{4}-\d{2}-\d{2}|\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?)$";

    public const string EdtfDescription =
        "A historical date in EDTF (ISO 8601-2): a day 2018-12-17, a month 2014-06, a year 2019, an interval 2020-11-17/2020-11-18, "
        + "XXXX when unknown, or ../2024-07-20 when unknown but not after that day. Never more precise than the source.";

    public const string CountryDescription = "An ISO 3166-1 alpha-2 country code, upper case, such as CN or KZ.";

    private static readonly string KindNames = string.Join(", ", Enum.GetNames<ActivityKind>());

    private static readonly Dictionary<string, ParameterDoc> Common = new(StringComparer.Ordinal)
    {
        ["recordId"] = new("The record's id: a lower-case slug of letters, digits and hyphens.", "^[a-z0-9][a-z0-9-]{0,63}$"),
        ["institutionId"] = new("The institution's id, a lower-case slug such as ouc."),
        ["institution"] = new("Only records in which this institution (its id, such as ouc) takes part."),
        ["countryCode"] = new(CountryDescription, CountryPattern, "iso-3166-1-alpha-2"),
        ["country"] = new("Only records concerning this country. " + CountryDescription, CountryPattern, "iso-3166-1-alpha-2"),
        ["kind"] = new("Only records of this kind of activity.", Values: Enum.GetNames<ActivityKind>()),
        ["kinds"] = new($"Only records of these kinds, comma-separated (several at once), from: {KindNames}."),
        ["from"] = new("Only records whose date overlaps this point or later: YYYY, YYYY-MM or YYYY-MM-DD. Records of unknown date are left out.",
            DatePointPattern, "edtf"),
        ["to"] = new("Only records whose date overlaps this point or earlier: YYYY, YYYY-MM or YYYY-MM-DD. Records of unknown date are left out.",
            DatePointPattern, "edtf"),
        ["page"] = new("The page to answer, from 1."),
        ["pageSize"] = new("How many entries a page holds."),
        ["groupBy"] = new("Also count each bucket per kind, country (its code) or institution (its id), in 'groups'. A record of two countries counts in both.",
            Values: ["kind", "country", "institution"]),
        ["year"] = new("The year to count month by month (four digits).", YearPattern),
        ["q"] = new("Words to search for in titles, source text, people, places and institution names; every word must match, the last one as a prefix. "
            + "Only letters and digits count: quotes, stars, minus signs and operators are ignored."),
        ["after"] = new("The 'next' cursor of the previous page, as given (opaque). A cursor of another query is refused with 400."),
        ["asOf"] = new("Transaction time: answer as the service knew it then, without what was recorded, corrected or retracted later; "
            + "read-model answers name the log position they answer as of in X-As-Of-Position. A day (YYYY-MM-DD, meaning its end, UTC) or an ISO 8601 date and time.",
            Format: "date-time"),
        ["format"] = new("The file format: csv, jsonl, timelinejs or jsonld for a timeline export (csv or jsonl for activity); "
            + "jsonl for the import report. When absent, the Accept header decides.", Values: ["csv", "jsonl", "timelinejs", "jsonld"]),
        ["recordedBy"] = new("Only events recorded by this caller (an API key's name, or the importer's)."),
        ["importBatch"] = new("Only events of this import batch."),
        ["type"] = new("Only events of this stored type name, such as RecordCorrected.v1."),
        ["since"] = new("Only events recorded at or after this moment (transaction time, ISO 8601).", Format: "date-time"),
        ["until"] = new("Only events recorded at or before this moment (transaction time, ISO 8601).", Format: "date-time"),
        ["limit"] = new("How many entries a page holds: 1 to 1000, default 100."),
        ["cursor"] = new("The 'next' cursor of the previous page, as given (opaque)."),
        ["at"] = new("The checkpoint in force at this moment: the latest one signed at or before it (ISO 8601).", Format: "date-time"),
        ["index"] = new("The leaf's index in the log, from 0 (the event at log position index + 1 on the embedded store)."),
        ["revision"] = new("The event's revision in its record's stream, from 0."),
        ["size"] = new("The tree size to prove against; default the latest signed checkpoint's size."),
        ["dryRun"] = new("true: report what would be recorded and record nothing."),
        ["documentId"] = new("With a text/plain body: the id of the page the announcements come from."),
        ["url"] = new("With a text/plain body: the address of the page the announcements come from."),
        ["publishedOn"] = new("With a text/plain body: the day the page was published (YYYY-MM-DD); it bounds undated announcements.",
            @"^\d{4}-\d{2}-\d{2}$", "date"),
    };

    /// <summary>The parameters whose meaning depends on the route.</summary>
    private static readonly (string PathPrefix, string Name, ParameterDoc Doc)[] ByRoute =
    [
        ("/api/activity/by-year", "from", new("The first year counted (four digits), inclusive. A year filter leaves undated records out.", YearPattern)),
        ("/api/activity/by-year", "to", new("The last year counted (four digits), inclusive. A year filter leaves undated records out.", YearPattern)),
        ("/api/timelines", "pageSize", new("How many entries a page holds: 1 to 500, default 50.")),
        ("/api/timelines", "after", new("The 'next' cursor of the previous page of the same timeline, as given (opaque); it replaces page. "
            + "A cursor of another timeline is refused with 400.")),
        ("/api/records", "pageSize", new("How many entries a page holds: 1 to 500, default 50.")),
        ("/api/institutions", "pageSize", new("How many entries a page holds: 1 to 1000, default 100.")),
        ("/api/countries", "pageSize", new("How many entries a page holds: 1 to 1000, default 100.")),
        ("/api/institutions", "q", new("Only institutions whose name, acronym or id begins with this text, in any letter case.")),
        ("/api/countries", "q", new("Only countries whose name or code begins with this text, in any letter case.")),
        ("/api/people", "q", new("Only people whose name contains this text, in any letter case. Not read by /api/people/{name}/records.")),
        ("/api/places", "q", new("Only places whose name contains this text, in any letter case. Not read by /api/places/{name}/records.")),
        ("/api/people", "pageSize", new("How many entries a page holds: 1 to 1000, default 100.")),
        ("/api/places", "pageSize", new("How many entries a page holds: 1 to 1000, default 100.")),
        ("/api/people", "name", new("A person's name exactly as GET /api/people lists it.")),
        ("/api/places", "name", new("A place's name exactly as GET /api/places lists it.")),
        ("/api/log/entries", "from", new("The first leaf index (0-based, inclusive) to list; default 0.")),
        ("/api/log/entries", "to", new("The last leaf index (inclusive) to list; default the tree's last leaf.")),
        ("/api/log/proofs/consistency", "from", new("The size of the older tree, in leaves.")),
        ("/api/log/proofs/consistency", "to", new("The size of the newer tree, in leaves; default the latest signed checkpoint's size.")),
        ("/api/log/proofs/inclusion", "recordId", new("With revision: the record whose event is to be proven, instead of a leaf index.")),
    ];

    public static ParameterDoc? For(string path, string name) =>
        ByRoute.FirstOrDefault(r => r.Name == name && path.StartsWith(r.PathPrefix, StringComparison.Ordinal)).Doc
        ?? Common.GetValueOrDefault(name);
}
