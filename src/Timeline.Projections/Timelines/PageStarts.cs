using Timeline.Projections.AsOf;
using Timeline.Projections.Storage;

namespace Timeline.Projections.Timelines;

/// <summary>A timeline's pages asked by number with one size and one set of filters, and the timeline a commit stamps.</summary>
internal sealed record NumberedPages(string Timeline, string Prefix);

/// <summary>
/// Where pages asked by number begin. Page n + 1 begins after page n's last entry, the cursor a page read by number
/// already finds; held until a commit that changes the timeline begins (see <see cref="CommitStamps"/>), it lets the
/// next page be read as the page after that cursor, instead of stepping over every entry before it. The rows read are
/// the same, so the page is the same.
/// </summary>
internal sealed class PageStarts(CommitStamps commits)
{
    // A few hundred timelines paged deep by a few sizes; past this, every start is read again.
    private const int Capacity = 10_000;

    private readonly HeldReads<TimelineCursor> _held = new(Capacity);

    /// <summary>Null for a page read after a cursor or as of a past position: neither is asked by number now.</summary>
    public static NumberedPages? Of(ReadModelTables tables, string table, string key, TimelineFilter filter) =>
        filter.After is not null || tables.Position is not null
            ? null
            : new NumberedPages(TimelineChanges.Of(table, key),
                $"{table}|{key}|{filter.PageSize}|{filter.From?.EarliestKey}|{filter.To?.LatestKey}|{string.Join(',', filter.Kinds)}|");

    /// <summary>The cursor page <paramref name="number"/> follows, while no commit that changes the timeline has begun since it was read.</summary>
    public HeldReads<TimelineCursor>.Held? Find(NumberedPages pages, int number) =>
        number > 1 ? _held.Find(commits, pages.Prefix + number, pages.Timeline) : null;

    /// <summary>Whether rows read after <paramref name="start"/> was found are still those it was read with.</summary>
    public bool StillHolds(NumberedPages pages, HeldReads<TimelineCursor>.Held start) => commits.Unchanged(pages.Timeline, start.ReadAt);

    /// <param name="readAt">The commit count read before the page that ends at <paramref name="start"/>.</param>
    public void Learn(NumberedPages pages, int number, long readAt, TimelineCursor start)
    {
        // Held and still unchanged, the start is this one: a walk read again writes nothing.
        if (Find(pages, number) is null)
            _held.Hold(pages.Prefix + number, readAt, start);
    }
}
