using System.Globalization;
using Timeline.Api.Http;
using Timeline.Api.Validation;
using Timeline.Projections.Timelines;

namespace Timeline.Api.Timelines;

/// <summary>
/// The <c>after</c> cursor of a timeline page: where the previous page stopped and on which timeline. Callers treat
/// it as opaque; the service refuses one that is malformed or was made for another timeline.
/// </summary>
public static class TimelineCursors
{
    private const string Version = "t1";

    public static string Encode(string timeline, TimelineCursor cursor) =>
        OpaqueText.Encode(string.Join('|', Version, timeline, cursor.SortKey.ToString(CultureInfo.InvariantCulture),
            cursor.Position.ToString(CultureInfo.InvariantCulture)));

    public static TimelineCursor? Decode(string? after, string timeline, ValidationErrors errors)
    {
        if (string.IsNullOrEmpty(after))
            return null;
        var cursor = OpaqueText.TryDecode(after)?.Split('|') switch
        {
            [Version, var made, var sortKey, var position] when made == timeline
                && long.TryParse(sortKey, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var key)
                && long.TryParse(position, NumberStyles.None, CultureInfo.InvariantCulture, out var at) => new TimelineCursor(key, at),
            _ => null,
        };
        if (cursor is null)
            errors.Add("after", "is not a cursor of this timeline: pass the 'next' value of the previous page of the same timeline");
        return cursor;
    }
}
