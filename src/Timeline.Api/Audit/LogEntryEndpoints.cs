using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Timeline.Api.Validation;
using Timeline.Auditing.Proofs.Merkle;
using Timeline.Auditing.Tree;
using Timeline.EventStore;

namespace Timeline.Api.Audit;

/// <summary>
/// One entry of the log: the leaf as the tree holds it (index, position, event id, hash) and the event's stream, type
/// and recording as the store holds them at that position; those are null when the store no longer holds the leaf's event.
/// </summary>
public sealed record LogEntry(long LeafIndex, long Position, Guid EventId, string? Stream, long? Revision, string? Type,
    DateTimeOffset? RecordedAt, string? RecordedBy, string? ImportBatch, string LeafHash);

public sealed record LogEntryPage(IReadOnlyList<LogEntry> Entries, string? NextCursor);

/// <summary>The log's entries by leaf index, filtered, paged by key: a cursor names the last leaf seen, never an offset.</summary>
public static class LogEntryEndpoints
{
    private const int DefaultLimit = 100, MaxLimit = 1000;

    public static IEndpointRouteBuilder MapLogEntryEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/log/entries", EntriesAsync).WithTags("Log").WithSummary(
            "Leaves from..to (indices, inclusive), filtered by recordedBy, importBatch, type, since and until (recorded time); limit 1-1000; cursor from the previous page. A page looks at 50,000 leaves at most: a short page with a cursor goes on from there.");
        return app;
    }

    private static async Task<Ok<LogEntryPage>> EntriesAsync(string? from, string? to, string? recordedBy, string? importBatch, string? type,
        string? since, string? until, string? limit, string? cursor, MerkleTreeStore tree, IEventStore store, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var first = LogQuery.Number(from, "from", errors) ?? 0;
        var last = LogQuery.Number(to, "to", errors);
        var pageSize = LogQuery.Number(limit, "limit", errors, min: 1) ?? DefaultLimit;
        if (pageSize > MaxLimit)
            errors.Add("limit", $"is at most {MaxLimit}");
        if (last < first)
            errors.Add("to", $"is {last}, before from ({first})");
        var after = cursor is null ? first - 1 : Math.Max(first - 1, DecodeCursor(cursor, errors));
        var filter = new LogEntryFilter(last + 1, recordedBy, importBatch, type, LogQuery.Moment(since, "since", errors), LogQuery.Moment(until, "until", errors));
        errors.ThrowIfAny();
        using var reader = tree.OpenReader();
        var page = await LeafEntries.PageAsync(reader, store, filter, after, (int)pageSize + 1, cancellationToken);
        var entries = page.Entries.Take((int)pageSize).Select(Entry).ToList();
        var nextAfter = page.Entries.Count > pageSize ? entries[^1].LeafIndex : page.StoppedAfter;
        return TypedResults.Ok(new LogEntryPage(entries, nextAfter is { } leaf ? EncodeCursor(leaf) : null));
    }

    private static LogEntry Entry(LeafEntry entry)
    {
        var (leaf, e) = (entry.Leaf, entry.Event);
        return new LogEntry(leaf.LeafIndex, leaf.Position, leaf.EventId, e?.Stream, e?.Revision, e?.Type, e?.RecordedAt, e?.Metadata.RecordedBy,
            e?.Metadata.ImportBatch, TreeHash.ToHex(leaf.Hash));
    }

    private static string EncodeCursor(long leafIndex) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes($"leaf:{leafIndex.ToString(CultureInfo.InvariantCulture)}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static long DecodeCursor(string cursor, ValidationErrors errors)
    {
        try
        {
            var padded = cursor.Replace('-', '+').Replace('_', '/').PadRight(cursor.Length + (4 - cursor.Length % 4) % 4, '=');
            var text = Encoding.ASCII.GetString(Convert.FromBase64String(padded));
            if (text.StartsWith("leaf:", StringComparison.Ordinal)
                && long.TryParse(text.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var leafIndex))
                return leafIndex;
        }
        catch (FormatException)
        {
        }
        errors.Add("cursor", "is not a cursor this endpoint gave out");
        return 0;
    }
}
