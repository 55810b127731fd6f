using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Timeline.Api.Validation;
using Timeline.Auditing.Proofs.Merkle;
using Timeline.Auditing.Tree;

namespace Timeline.Api.Audit;

/// <summary>One entry of the log as the tree holds it.</summary>
public sealed record LogEntry(long LeafIndex, long Position, Guid EventId, string Stream, long Revision, string Type,
    DateTimeOffset RecordedAt, string RecordedBy, string? ImportBatch, string LeafHash);

public sealed record LogEntryPage(IReadOnlyList<LogEntry> Entries, string? NextCursor);

/// <summary>The log's entries by leaf index, filtered, paged by key: a cursor names the last leaf seen, never an offset.</summary>
public static class LogEntryEndpoints
{
    private const int DefaultLimit = 100, MaxLimit = 1000;

    public static IEndpointRouteBuilder MapLogEntryEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/log/entries", Entries).WithTags("Log").WithSummary(
            "Leaves from..to (indices, inclusive), filtered by recordedBy, importBatch, type, since and until (recorded time); limit 1-1000; cursor from the previous page.");
        return app;
    }

    private static Ok<LogEntryPage> Entries(string? from, string? to, string? recordedBy, string? importBatch, string? type,
        string? since, string? until, string? limit, string? cursor, MerkleTreeStore tree)
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
        var page = reader.Page(filter, after, (int)pageSize + 1);
        var entries = page.Take((int)pageSize).Select(l => new LogEntry(l.LeafIndex, l.Position, l.EventId, l.Stream, l.Revision, l.Type,
            l.RecordedAt, l.RecordedBy, l.ImportBatch, TreeHash.ToHex(l.Hash))).ToList();
        return TypedResults.Ok(new LogEntryPage(entries, page.Count > pageSize ? EncodeCursor(entries[^1].LeafIndex) : null));
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
