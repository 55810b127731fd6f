using Timeline.Projections.Storage;

namespace Timeline.Projections.ActivityByYear;

public sealed record ActivityFilter(string? InstitutionId, string? Country, string? Kind);

public sealed record ActivityCount(int Total, IReadOnlyDictionary<string, int> ByKind);

public sealed record YearActivity(int Year, int Total, IReadOnlyDictionary<string, int> ByKind);

/// <summary>Records per year and kind; records of unknown date are counted apart, never in a year.</summary>
public sealed record ActivityByYearReport(int Total, IReadOnlyList<YearActivity> Years, ActivityCount Undated);

public sealed class ActivityByYearQuery(SqliteReadModel readModel)
{
    public async Task<ActivityByYearReport> RunAsync(ActivityFilter filter, CancellationToken cancellationToken)
    {
        await using var connection = await readModel.OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // A record is on an institution's (or country's) timeline at most once, so counting rows counts records.
        var (from, conditions) = (filter.InstitutionId, filter.Country) switch
        {
            (null, null) => ("records r", new List<string> { "r.retracted = 0" }),
            (not null, null) => ("institution_timeline r", ["r.institution_id = $institution"]),
            (null, not null) => ("country_timeline r", ["r.country = $country"]),
            _ => ("institution_timeline r JOIN country_timeline c ON c.record_id = r.record_id AND c.country = $country",
                ["r.institution_id = $institution"]),
        };
        command.Parameters.AddWithValue("$institution", (object?)filter.InstitutionId ?? DBNull.Value);
        command.Parameters.AddWithValue("$country", (object?)filter.Country ?? DBNull.Value);
        if (filter.Kind is { } kind)
        {
            conditions.Add("r.kind = $kind");
            command.Parameters.AddWithValue("$kind", kind);
        }
        command.CommandText = $"SELECT r.year, r.kind, COUNT(*) FROM {from} WHERE {string.Join(" AND ", conditions)} GROUP BY r.year, r.kind ORDER BY r.year, r.kind";

        var years = new SortedDictionary<int, SortedDictionary<string, int>>();
        var undated = new SortedDictionary<string, int>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var bucket = reader.IsDBNull(0) ? undated : Bucket(years, reader.GetInt32(0));
            bucket[reader.GetString(1)] = reader.GetInt32(2);
        }
        var yearList = years.Select(y => new YearActivity(y.Key, y.Value.Values.Sum(), y.Value)).ToList();
        var undatedCount = new ActivityCount(undated.Values.Sum(), undated);
        return new ActivityByYearReport(yearList.Sum(y => y.Total) + undatedCount.Total, yearList, undatedCount);
    }

    private static SortedDictionary<string, int> Bucket(SortedDictionary<int, SortedDictionary<string, int>> years, int year)
    {
        if (!years.TryGetValue(year, out var bucket))
            years[year] = bucket = new SortedDictionary<string, int>(StringComparer.Ordinal);
        return bucket;
    }
}
