using Timeline.Projections.AsOf;
using Timeline.Projections.Storage;

namespace Timeline.Projections.ActivityByYear;

public sealed record YearActivity(int Year, int Total, IReadOnlyDictionary<string, int> ByKind, IReadOnlyDictionary<string, int>? Groups = null);

/// <summary>Records per year and kind; records of unknown date are counted apart, never in a year.</summary>
public sealed record ActivityByYearReport(int Total, IReadOnlyList<YearActivity> Years, ActivityCount Undated);

public sealed class ActivityByYearQuery(SqliteReadModel readModel)
{
    public Task<ActivityByYearReport> RunAsync(ActivityFilter filter, CancellationToken cancellationToken) =>
        RunAsync(filter, ReadModelTables.Current, cancellationToken);

    /// <summary>The counts as <paramref name="tables"/> hold them: now, or as of a log position.</summary>
    public async Task<ActivityByYearReport> RunAsync(ActivityFilter filter, ReadModelTables tables, CancellationToken cancellationToken)
    {
        await using var connection = await readModel.OpenReaderAsync(cancellationToken);
        var buckets = await ActivityCounts.CountAsync(connection, filter, "year", withinYear: null, tables, cancellationToken);
        var years = buckets.Where(b => b.Key != ActivityCounts.NoBucket).OrderBy(b => b.Key)
            .Select(b => new YearActivity(b.Key, b.Value.Total, b.Value.ByKind, b.Value.Groups)).ToList();
        var undated = buckets.GetValueOrDefault(ActivityCounts.NoBucket) ?? ActivityCounts.Nothing(filter);
        return new ActivityByYearReport(years.Sum(y => y.Total) + undated.Total, years, undated);
    }
}
