using System.Globalization;
using Timeline.Api.Http;
using Timeline.Api.Validation;
using Timeline.Projections.Search;

namespace Timeline.Api.Records;

/// <summary>
/// The <c>after</c> cursor of the records list: where the previous page stopped, as base64url text. Callers treat it
/// as opaque; the service reads it strictly and refuses one that is malformed or made for the other ordering
/// (a search's cursor carries its relevance, a plain list's does not).
/// </summary>
public static class RecordCursors
{
    private const string Listed = "l1";
    private const string Searched = "s1";

    public static string Encode(RecordCursor cursor)
    {
        var text = cursor.Score is { } score
            ? string.Join('|', Searched, score.ToString("R", CultureInfo.InvariantCulture), cursor.SortKey, cursor.Position)
            : string.Join('|', Listed, cursor.SortKey, cursor.Position);
        return OpaqueText.Encode(text);
    }

    public static RecordCursor? Decode(string? after, bool searching, ValidationErrors errors)
    {
        if (string.IsNullOrEmpty(after))
            return null;
        var parts = OpaqueText.TryDecode(after)?.Split('|') ?? [];
        var cursor = (parts, searching) switch
        {
            ([Listed, var sortKey, var position], false) => Read(null, sortKey, position),
            ([Searched, var score, var sortKey, var position], true) when double.TryParse(score, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                && double.IsFinite(value) => Read(value, sortKey, position),
            _ => null,
        };
        if (cursor is null)
            errors.Add("after", searching
                ? "is not a cursor of this search: pass the 'next' value of the previous page, with the same q"
                : "is not a cursor of this list: pass the 'next' value of the previous page, without q");
        return cursor;
    }

    private static RecordCursor? Read(double? score, string sortKey, string position) =>
        int.TryParse(sortKey, NumberStyles.None, CultureInfo.InvariantCulture, out var key)
        && long.TryParse(position, NumberStyles.None, CultureInfo.InvariantCulture, out var at)
            ? new RecordCursor(score, key, at)
            : null;
}
