using Timeline.Projections.Storage;

namespace Timeline.Projections.Registry;

/// <summary>The registry's redirects and names as one committed state of the read model held them.</summary>
internal sealed record RegistrySnapshot(IReadOnlyDictionary<string, string> Redirects, IReadOnlyDictionary<string, RegistryName[]> Names);

/// <summary>
/// The registry's redirects and names held in memory, so a page names its entries without a query. The registry is
/// small and changes seldom; the fold counts its changes in <see cref="Generation"/>, once before the commit that
/// writes one and once after, so the count is odd while such a commit is under way. What is held is used only while
/// the count is even and the same as when it was read, so it is never older than what SQLite answers: once a commit is
/// under way, readers read the tables themselves until it has ended.
/// </summary>
internal sealed class HeldRegistry
{
    private long _generation;
    private Held? _held;

    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>Called by the fold just before and just after committing a change to the registry's tables.</summary>
    public void Changing() => Interlocked.Increment(ref _generation);

    public async Task<RegistrySnapshot> CurrentAsync(SqliteReadModel readModel, CancellationToken cancellationToken)
    {
        var generation = Generation;
        if (Volatile.Read(ref _held) is { } held && held.Generation == generation && generation % 2 == 0)
            return held.Snapshot;
        RegistrySnapshot snapshot;
        await using (var connection = await readModel.RentReaderAsync(cancellationToken))
            snapshot = await LoadAsync(connection, cancellationToken);
        // Kept only when no commit changing the registry began or ended while it was read.
        if (generation % 2 == 0 && Generation == generation)
            Volatile.Write(ref _held, new Held(generation, snapshot));
        return snapshot;
    }

    private sealed record Held(long Generation, RegistrySnapshot Snapshot);

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
