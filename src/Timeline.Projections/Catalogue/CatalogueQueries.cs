using Microsoft.Data.Sqlite;
using Timeline.Domain.Countries;
using Timeline.Projections.AsOf;
using Timeline.Projections.Storage;
using Timeline.Projections.Timelines;

namespace Timeline.Projections.Catalogue;

public sealed record InstitutionSummary(string Id, string Name, string? Acronym, string? Country, long Records);

public sealed record CountrySummary(string Code, string Name, long Records);

/// <summary>
/// A page of a catalogue: entries whose name, acronym or id begins with <see cref="Prefix"/> (any letter case),
/// skipping <see cref="Offset"/> of them.
/// </summary>
public sealed record CataloguePage(string? Prefix, int Offset, int Limit)
{
    public static readonly CataloguePage Everything = new(null, 0, int.MaxValue);

    public bool Admits(params string?[] names) =>
        Prefix is null || names.Any(name => name?.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) == true);
}

/// <summary>One page of a catalogue and how many entries match in all.</summary>
public sealed record CatalogueSlice<T>(long Total, IReadOnlyList<T> Entries);

/// <summary>
/// Every institution named by a record, with how many records are on its timeline (retracted ones are not), and
/// the countries that have records on their timelines. Both read the counts the fold keeps per timeline.
/// </summary>
public sealed class CatalogueQueries(SqliteReadModel readModel)
{
    // A summary is a few strings and a count: this many institutions' are held at most.
    private readonly HeldReads<InstitutionSummary> _summaries = new(capacity: 10_000);

    public Task<CatalogueSlice<InstitutionSummary>> InstitutionsAsync(CataloguePage page, CancellationToken cancellationToken) =>
        InstitutionsAsync(page, ReadModelTables.Current, cancellationToken);

    /// <summary>The institutions as <paramref name="tables"/> hold them: now, or as of a log position.</summary>
    public async Task<CatalogueSlice<InstitutionSummary>> InstitutionsAsync(CataloguePage page, ReadModelTables tables, CancellationToken cancellationToken)
    {
        var prefix = page.Prefix is null ? null : EscapeLike(page.Prefix) + "%";
        var matching = Listed + (prefix is null ? "" : @" AND (COALESCE(g.name, i.name) LIKE $prefix ESCAPE '\' OR COALESCE(g.acronym, i.acronym) LIKE $prefix ESCAPE '\' OR i.institution_id LIKE $prefix ESCAPE '\')");
        await using var connection = await readModel.RentReaderAsync(cancellationToken);
        var count = connection.Command($"SELECT COUNT(*) FROM {tables.Institutions} i {RegistryJoin} {matching}");
        if (prefix is not null)
            count.Parameters.AddWithValue("$prefix", prefix);
        var total = (long)(await count.ExecuteScalarAsync(cancellationToken))!;
        var entries = await InstitutionsWhereAsync(connection, tables, matching, prefix, page, cancellationToken);
        return new CatalogueSlice<InstitutionSummary>(total, entries);
    }

    public Task<InstitutionSummary?> InstitutionAsync(string institutionId, CancellationToken cancellationToken) =>
        InstitutionAsync(institutionId, ReadModelTables.Current, cancellationToken);

    /// <summary>
    /// Now, the summary is held between the commits that change the institution's timeline (its name from the records,
    /// its count) or every timeline (the registry): every page of a timeline shows the same one until a fold changes it.
    /// </summary>
    public Task<InstitutionSummary?> InstitutionAsync(string institutionId, ReadModelTables tables, CancellationToken cancellationToken) =>
        tables.Position is null
            ? _summaries.GetAsync(readModel.Commits, institutionId, TimelineChanges.InstitutionKey(institutionId),
                token => ReadInstitutionAsync(institutionId, tables, token), cancellationToken)
            : ReadInstitutionAsync(institutionId, tables, cancellationToken);

    private async Task<InstitutionSummary?> ReadInstitutionAsync(string institutionId, ReadModelTables tables, CancellationToken cancellationToken)
    {
        await using var connection = await readModel.RentReaderAsync(cancellationToken);
        return (await InstitutionsWhereAsync(connection, tables, "WHERE i.institution_id = $id", institutionId, CataloguePage.Everything, cancellationToken))
            .SingleOrDefault();
    }

    /// <summary>
    /// The registry's current name, acronym and country win over those of the latest record naming the id: a record
    /// names an institution as its source wrote it and renames nothing.
    /// </summary>
    private const string RegistryJoin = "LEFT JOIN registry g ON g.institution_id = i.institution_id";

    /// <summary>An alias or a merged institution is listed under the institution it leads to, not on its own.</summary>
    private const string Listed = "WHERE i.institution_id NOT IN (SELECT from_id FROM registry_redirects)";

    /// <summary>LIKE treats % and _ as wildcards; a prefix typed by a person means them literally.</summary>
    private static string EscapeLike(string text) => text.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");

    private static async Task<IReadOnlyList<InstitutionSummary>> InstitutionsWhereAsync(ReadModelReader connection, ReadModelTables tables, string where, string? value,
        CataloguePage page, CancellationToken cancellationToken)
    {
        var command = connection.Command($"""
            SELECT i.institution_id, COALESCE(g.name, i.name), COALESCE(g.acronym, i.acronym), COALESCE(g.country, i.country),
                {RecordsOf(tables, ReadModelSchema.InstitutionTimeline, "institution_id", "i.institution_id")} AS records
            FROM {tables.Institutions} i {RegistryJoin}
            {where}
            ORDER BY records DESC, i.institution_id
            LIMIT {ReadModelReader.Limit} OFFSET $offset
            """);
        if (value is not null)
            command.Parameters.AddWithValue(where.Contains("$id", StringComparison.Ordinal) ? "$id" : "$prefix", value);
        command.Parameters.AddWithValue("$limit", page.Limit);
        command.Parameters.AddWithValue("$offset", page.Offset);
        var list = new List<InstitutionSummary>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            list.Add(new InstitutionSummary(reader.GetString(0), reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetInt64(4)));
        return list;
    }

    /// <summary>The countries are few (at most the ISO list), so they are filtered and paged here rather than in SQL.</summary>
    public Task<CatalogueSlice<CountrySummary>> CountriesAsync(CataloguePage page, CancellationToken cancellationToken) =>
        CountriesAsync(page, ReadModelTables.Current, cancellationToken);

    public async Task<CatalogueSlice<CountrySummary>> CountriesAsync(CataloguePage page, ReadModelTables tables, CancellationToken cancellationToken)
    {
        var matching = (await CountriesAsync(tables, cancellationToken)).Where(c => page.Admits(c.Code, c.Name)).ToList();
        return new CatalogueSlice<CountrySummary>(matching.Count, matching.Skip(page.Offset).Take(page.Limit).ToList());
    }

    private async Task<IReadOnlyList<CountrySummary>> CountriesAsync(ReadModelTables tables, CancellationToken cancellationToken)
    {
        await using var connection = await readModel.OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // Now, from the counts the fold keeps; as of a past position, counted from the timeline rows valid then.
        command.CommandText = tables.Position is null
            ? $"SELECT key, SUM(entries) AS records FROM timeline_counts WHERE timeline = '{ReadModelSchema.CountryTimeline}' GROUP BY key ORDER BY records DESC, key"
            : $"SELECT country, COUNT(*) AS records FROM {tables.CountryTimeline} GROUP BY country ORDER BY records DESC, country";
        var list = new List<CountrySummary>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var code = CountryCode.Parse(reader.GetString(0));
            list.Add(new CountrySummary(code.Value, code.Name, reader.GetInt64(1)));
        }
        return list;
    }

    /// <summary>An institution's or country's entries: looked up in the counts the fold keeps, or counted as of a past position.</summary>
    private static string RecordsOf(ReadModelTables tables, string timeline, string keyColumn, string key) => tables.Position is null
        ? $"(SELECT COALESCE(SUM(c.entries), 0) FROM timeline_counts c WHERE c.timeline = '{timeline}' AND c.key = {key})"
        : tables.Count(timeline, keyColumn, key);
}
