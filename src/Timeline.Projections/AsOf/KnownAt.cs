using Timeline.Projections.Storage;

namespace Timeline.Projections.AsOf;

/// <summary>
/// A moment of transaction time resolved against the log: the last position recorded by then. Settled when
/// something recorded after the moment has been folded: the position can then never change, nor any answer read
/// as of it.
/// </summary>
public sealed record KnownAt(DateTimeOffset Moment, long Position, bool Settled)
{
    public ReadModelTables Tables => ReadModelTables.AsOf(Position);
}

/// <summary>Resolves moments of transaction time to log positions with one seek in the read model's time index.</summary>
public sealed class TransactionTime(SqliteReadModel readModel)
{
    /// <summary>Whether an answer as of <paramref name="moment"/> is fixed for good, without reading the file.</summary>
    public bool IsSettled(DateTimeOffset moment) => readModel.LatestRecordedAt is { } latest && moment < latest;

    public async Task<KnownAt> ResolveAsync(DateTimeOffset moment, CancellationToken cancellationToken)
    {
        // Read before the position: should an event be folded in between, the position may include it, but a
        // moment called settled is always settled.
        var settled = IsSettled(moment);
        await using var connection = await readModel.OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT position FROM transaction_times WHERE recorded_at <= $at ORDER BY recorded_at DESC, position DESC LIMIT 1";
        command.Parameters.AddWithValue("$at", moment.UtcTicks);
        var position = await command.ExecuteScalarAsync(cancellationToken) as long? ?? 0;
        return new KnownAt(moment, position, settled);
    }
}
