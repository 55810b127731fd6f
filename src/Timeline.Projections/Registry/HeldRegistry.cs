using Timeline.Projections.Storage;

namespace Timeline.Projections.Registry;

/// <summary>The registry's redirects and names as one committed state of the read model held them.</summary>
internal sealed record RegistrySnapshot(IReadOnlyDictionary<string, string> Redirects, IReadOnlyDictionary<string, RegistryName[]> Names);

/// <summary>
/// The registry's redirects and names held in memory, so a page names its entries without a query. The registry is
/// small and changes seldom; a commit that changes it changes every timeline (<see cref="Timelines.TimelineChanges.Everything"/>),
/// so what is held is used only while no such commit has begun since it was read (<see cref="CommitStamps"/>): it is
/// never older than what SQLite answers.
/// </summary>
internal sealed class HeldRegistry(SqliteReadModel readModel)
{
    private readonly HeldReads<RegistrySnapshot> _held = new(capacity: 1);

    public async Task<RegistrySnapshot> CurrentAsync(CancellationToken cancellationToken) =>
        (await _held.GetAsync(readModel.Commits, "", timeline: null, async token =>
        {
            await using var connection = await readModel.RentReaderAsync(token);
            return await LoadAsync(connection, token);
        }, cancellationToken))!;

    /// <summary>Both tables in one statement, so they are read from one state of the file.</summary>
    private static async Task<RegistrySnapshot> LoadAsync(ReadModelReader connection, CancellationToken cancellationToken)
    {
        var command = connection.Command("""
            SELECT 0, from_id, institution_id, NULL, 0 FROM registry_redirects
            UNION ALL
            SELECT 1, institution_id, name, acronym, effective FROM registry_names
            """);
        var redirects = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new Dictionary<string, List<(int Effective, RegistryName Name)>>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                if (reader.GetInt32(0) == 0)
                {
                    redirects[reader.GetString(1)] = reader.GetString(2);
                    continue;
                }
                var effective = reader.GetInt32(4);
                var name = new RegistryName(reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                    effective == RegistryTables.FromTheStart ? null : effective);
                if (!names.TryGetValue(reader.GetString(1), out var list))
                    names[reader.GetString(1)] = list = [];
                list.Add((effective, name));
            }
        }
        // Oldest first, as NameOn reads them.
        return new RegistrySnapshot(redirects, names.ToDictionary(pair => pair.Key,
            pair => pair.Value.OrderBy(n => n.Effective).Select(n => n.Name).ToArray(), StringComparer.Ordinal));
    }
}
