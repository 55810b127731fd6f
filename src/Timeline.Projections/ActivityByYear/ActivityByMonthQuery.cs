using Timeline.Projections.AsOf;
using Timeline.Projections.Storage;

namespace Timeline.Projections.ActivityByYear;

public sealed record MonthActivity(int Month, int Total, IReadOnlyDictionary<string, int> ByKind, IReadOnlyDictionary<string, int>? Groups = null);

/// <summary>
/// One year's records per month. A record counts in the month of its earliest day when its date states a month
/// (so a visit from 24 December to 2 January counts in December of its first year); a record dated to the year
/// only counts in <see cref="WithoutMonth"/>. Only months with records are listed.
/// </summary>
public sealed record ActivityByMonthReport(int Year, int Total, IReadOnlyList<MonthActivity> Months, ActivityCount WithoutMonth);

public sealed class ActivityByMonthQuery(SqliteReadModel readModel)
{
    public Task<ActivityByMonthReport> RunAsync(int year, ActivityFilter filter, CancellationToken cancellationToken) =>
        RunAsync(year, filter, ReadModelTables.Current, cancellationToken);

    /// <summary>The counts as <paramref name="tables"/> hold them: now, or as of a log position.</summary>
    public async Task<ActivityByMonthReport> RunAsync(int year, ActivityFilter filter, ReadModelTables tables, CancellationToken cancellationToken)
    {
        await using var connection = await readModel.OpenReaderAsync(cancellationToken);
        var buckets = await ActivityCounts.CountAsync(connection, filter, "month", withinYear: year, tables, cancellationToken);
        var months = buckets.Where(b => b.Key != ActivityCounts.NoBucket).OrderBy(b => b.Key)
            .Select(b => new MonthActivity(b.Key, b.Value.Total, b.Value.ByKind, b.Value.Groups)).ToList();
        var withoutMonth = buckets.GetValueOrDefault(ActivityCounts.NoBucket) ?? ActivityCounts.Nothing(filter);
        return new ActivityByMonthReport(year, months.Sum(m => m.Total) + withoutMonth.Total, months, withoutMonth);
    }
}
