using System.Globalization;
using Timeline.Api.Validation;
using Timeline.Auditing.Checkpoints;
using Timeline.Auditing.Tree;

namespace Timeline.Api.Audit;

/// <summary>Reads and checks the numbers the log's endpoints take, so every bad one gets a 400 naming it.</summary>
internal static class LogQuery
{
    public static long? Number(string? text, string field, ValidationErrors errors, long min = 0)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min)
            return value;
        errors.Add(field, $"is not a whole number of at least {min}");
        return null;
    }

    public static DateTimeOffset? Moment(string? text, string field, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
            return moment;
        errors.Add(field, "is not an ISO 8601 date and time (e.g. 2026-03-01T12:00:00Z)");
        return null;
    }

    /// <summary>The tree size a proof is asked in: the one given (no larger than the tree), else the latest checkpoint's.</summary>
    public static long TreeSize(long? given, string field, TreeReader reader, CheckpointStore checkpoints, ValidationErrors errors)
    {
        var treeSize = reader.Size();
        if (given is { } size)
        {
            if (size > treeSize)
                errors.Add(field, $"is {size}, beyond the tree, which has {treeSize} leaves");
            return size;
        }
        if (checkpoints.Latest() is { } latest)
            return latest.Size;
        errors.Add(field, "is required while no checkpoint has been signed yet");
        return 0;
    }
}
