using Microsoft.Data.Sqlite;
using Timeline.Projections.AsOf;
using Timeline.Projections.Storage;

namespace Timeline.Projections.ActivityByYear;

/// <summary>What a dashboard can split counts by, besides time.</summary>
public enum ActivityGrouping
{
    Kind,
    Country,
    Institution,
}

/// <summary>
/// Which records to count: one institution's, one country's, some kinds, the years from and to (inclusive; a
/// year filter leaves undated records out), and what to group them by besides kind.
/// </summary>
public sealed record ActivityFilter(
    string? InstitutionId = null,
    string? Country = null,
    IReadOnlyList<string>? Kinds = null,
    int? FromYear = null,
    int? ToYear = null,
    ActivityGrouping? GroupBy = null);

/// <summary>Counts of one bucket of time: in total, per kind, and per group when a grouping is asked for.</summary>
public sealed record ActivityCount(int Total, IReadOnlyDictionary<string, int> ByKind, IReadOnlyDictionary<string, int>? Groups = null);

/// <summary>
/// Counts records by a bucket of time (their year, or their month within one year) and a key (kind, country or
/// institution), straight from the read model's rows. Every row source here holds at most one row per record and
/// key, so counting rows counts records; a record of two countries counts once in each country's group.
/// </summary>
internal static class ActivityCounts
{
    public static async Task<Dictionary<int, ActivityCount>> CountAsync(SqliteConnection connection, ActivityFilter filter,
        string bucket, int? withinYear, ReadModelTables tables, CancellationToken cancellationToken)
    {
        var byKind = await CountByAsync(connection, tables, filter, bucket, withinYear, grouping: null, cancellationToken);
        var groups = filter.GroupBy switch
        {
            null => null,
            ActivityGrouping.Kind => byKind,
            var grouping => await CountByAsync(connection, tables, filter, bucket, withinYear, grouping, cancellationToken),
        };
        return byKind.ToDictionary(b => b.Key, b => new ActivityCount(b.Value.Values.Sum(), b.Value,
            groups is null ? null : groups.GetValueOrDefault(b.Key) ?? Empty()));
    }

    /// <summary>The bucket of rows with no year (or no month): records whose date does not state one.</summary>
    public const int NoBucket = int.MinValue;

    public static ActivityCount Nothing(ActivityFilter filter) => new(0, Empty(), filter.GroupBy is null ? null : Empty());

    private static SortedDictionary<string, int> Empty() => new(StringComparer.Ordinal);

    private static async Task<Dictionary<int, SortedDictionary<string, int>>> CountByAsync(SqliteConnection connection, ReadModelTables tables, ActivityFilter filter,
        string bucket, int? withinYear, ActivityGrouping? grouping, CancellationToken cancellationToken)
    {
        // Grouping by country or institution reads that timeline's rows, one per record and key; otherwise the
        // narrowest table that the filter allows.
        var (table, key) = grouping switch
        {
            ActivityGrouping.Country => ("country_timeline", "country"),
            ActivityGrouping.Institution => ("institution_timeline", "institution_id"),
            _ when filter.InstitutionId is not null => ("institution_timeline", "kind"),
            _ when filter.Country is not null => ("country_timeline", "kind"),
            _ => ("records", "kind"),
        };
        await using var command = connection.CreateCommand();
        var where = new List<string>();
        if (table == "records")
            where.Add("r.retracted = 0");
        if (filter.InstitutionId is not null)
        {
            where.Add(table == "institution_timeline" && grouping is null ? "r.institution_id = $institution"
                : tables.Holds(ReadModelSchema.InstitutionTimeline, "institution_id", "$institution", "r.record_id"));
            command.Parameters.AddWithValue("$institution", filter.InstitutionId);
        }
        if (filter.Country is not null)
        {
            where.Add(table == "country_timeline" && grouping is null ? "r.country = $country"
                : tables.Holds(ReadModelSchema.CountryTimeline, "country", "$country", "r.record_id"));
            command.Parameters.AddWithValue("$country", filter.Country);
        }
        var kinds = filter.Kinds ?? [];
        if (kinds.Count > 0)
        {
            where.Add($"r.kind IN ({string.Join(", ", kinds.Select((_, i) => $"$kind{i}"))})");
            for (var i = 0; i < kinds.Count; i++)
                command.Parameters.AddWithValue($"$kind{i}", kinds[i]);
        }
        AddYear(command, where, "r.year >= $fromYear", "$fromYear", filter.FromYear);
        AddYear(command, where, "r.year <= $toYear", "$toYear", filter.ToYear);
        AddYear(command, where, "r.year = $withinYear", "$withinYear", withinYear);
        command.CommandText = $"""
            SELECT r.{bucket}, r.{key}, COUNT(*) FROM {Source(tables, table)} r
            {(where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where))}
            GROUP BY r.{bucket}, r.{key}
            """;
        var buckets = new Dictionary<int, SortedDictionary<string, int>>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var at = reader.IsDBNull(0) ? NoBucket : reader.GetInt32(0);
            if (!buckets.TryGetValue(at, out var counts))
                buckets[at] = counts = Empty();
            counts[reader.GetString(1)] = reader.GetInt32(2);
        }
        return buckets;
    }

    private static string Source(ReadModelTables tables, string table) => table switch
    {
        "records" => tables.Records,
        "institution_timeline" => tables.InstitutionTimeline,
        _ => tables.CountryTimeline,
    };

    private static void AddYear(SqliteCommand command, List<string> where, string condition, string name, int? year)
    {
        if (year is null)
            return;
        where.Add(condition);
        command.Parameters.AddWithValue(name, year.Value);
    }
}
