using Timeline.Domain.Countries;
using Timeline.Projections.Storage;

namespace Timeline.Projections.Catalogue;

public sealed record InstitutionSummary(string Id, string Name, string? Acronym, string? Country, long Records);

public sealed record CountrySummary(string Code, string Name, long Records);

/// <summary>
/// Every institution named by a record, with how many records are on its timeline (retracted ones are not), and
/// the countries that have records on their timelines.
/// </summary>
public sealed class CatalogueQueries(SqliteReadModel readModel)
{
    public Task<IReadOnlyList<InstitutionSummary>> InstitutionsAsync(CancellationToken cancellationToken) =>
        InstitutionsWhereAsync(null, cancellationToken);

    public async Task<InstitutionSummary?> InstitutionAsync(string institutionId, CancellationToken cancellationToken) =>
        (await InstitutionsWhereAsync(institutionId, cancellationToken)).SingleOrDefault();

    private async Task<IReadOnlyList<InstitutionSummary>> InstitutionsWhereAsync(string? institutionId, CancellationToken cancellationToken)
    {
        await using var connection = await readModel.OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT i.institution_id, i.name, i.acronym, i.country, COUNT(t.record_id) AS records
            FROM institutions i LEFT JOIN institution_timeline t ON t.institution_id = i.institution_id
            {(institutionId is null ? "" : "WHERE i.institution_id = $id")}
            GROUP BY i.institution_id ORDER BY records DESC, i.institution_id
            """;
        if (institutionId is not null)
            command.Parameters.AddWithValue("$id", institutionId);
        var list = new List<InstitutionSummary>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            list.Add(new InstitutionSummary(reader.GetString(0), reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetInt64(4)));
        return list;
    }

    public async Task<IReadOnlyList<CountrySummary>> CountriesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await readModel.OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT country, COUNT(*) AS records FROM country_timeline GROUP BY country ORDER BY records DESC, country";
        var list = new List<CountrySummary>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var code = CountryCode.Parse(reader.GetString(0));
            list.Add(new CountrySummary(code.Value, code.Name, reader.GetInt64(1)));
        }
        return list;
    }
}
