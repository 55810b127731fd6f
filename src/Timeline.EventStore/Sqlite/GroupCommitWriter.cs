using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace Timeline.EventStore.Sqlite;

/// <summary>
/// Group commit: appends that arrive while a commit is under way wait in a queue, and the next commit takes
/// all of them in one transaction and one sync. Each append is checked against its own expected revision and
/// refused alone (a refused batch is undone by a savepoint of its own); each caller gets its own result, and only
/// after the transaction holding it is durable. The commits run on a thread of their own: each blocks for its
/// sync of the disk, and on the thread pool that took one of the few threads a small machine has from the requests
/// for most of the time appends arrive, so that everything queued behind it (the answers, the live stream's news of
/// each fold) waited for the pool to add threads, which it does about twice a second.
/// </summary>
internal sealed class GroupCommitWriter : IDisposable
{
    private const int MaxAppendsPerCommit = 512;

    private readonly Channel<PendingAppend> _queue =
        Channel.CreateUnbounded<PendingAppend>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SqliteAppender _appender;
    private readonly SqliteConnection _connection;
    private readonly Action<StoredEvent[]> _committed;
    private readonly Thread _loop;

    /// <param name="committed">Given, after each commit returned and before its callers learn of it, the events it stored.</param>
    public GroupCommitWriter(SqliteConnection connection, TimeProvider clock, Action<StoredEvent[]> committed)
    {
        _connection = connection;
        _appender = new SqliteAppender(connection, clock);
        _committed = committed;
        _loop = new Thread(Run) { IsBackground = true, Name = "Event store group commit" };
        _loop.Start();
    }

    public Task<AppendResult> AppendAsync(string stream, ExpectedRevision expected, IReadOnlyList<EventData> events,
        CancellationToken cancellationToken)
    {
        var pending = new PendingAppend(stream, expected, events, cancellationToken);
        if (!_queue.Writer.TryWrite(pending))
            throw new ObjectDisposedException(nameof(SqliteEventStore));
        return pending.Completion.Task;
    }

    private void Run()
    {
        var batch = new List<PendingAppend>(MaxAppendsPerCommit);
        while (WaitForAppends())
        {
            batch.Clear();
            while (batch.Count < MaxAppendsPerCommit && _queue.Reader.TryRead(out var pending))
            {
                if (pending.Cancellation.IsCancellationRequested)
                    pending.Completion.TrySetCanceled(pending.Cancellation);
                else
                    batch.Add(pending);
            }
            if (batch.Count > 0)
                Commit(batch);
        }
    }

    /// <summary>Blocks this thread (never a pool thread) until an append waits, or the writer is closed.</summary>
    private bool WaitForAppends()
    {
        var waiting = _queue.Reader.WaitToReadAsync();
        return waiting.IsCompletedSuccessfully ? waiting.Result : waiting.AsTask().GetAwaiter().GetResult();
    }

    private void Commit(List<PendingAppend> batch)
    {
        var outcomes = new Outcome[batch.Count];
        var stored = new List<StoredEvent>();
        try
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            for (var i = 0; i < batch.Count; i++)
                outcomes[i] = AppendOne(batch[i], transaction, stored);
            transaction.Commit();
        }
        catch (Exception failure)
        {
            _appender.RolledBack();
            // Nothing of this batch was written: every caller learns why.
            var reason = failure is SqliteException busy && SqliteFailures.IsBusy(busy)
                ? new EventStoreUnavailableException("The event store file is locked by another process; nothing was written. Try again shortly.", failure)
                : failure;
            foreach (var pending in batch)
                pending.Completion.TrySetException(reason);
            return;
        }
        _appender.Committed();
        _committed([.. stored]);
        for (var i = 0; i < batch.Count; i++)
        {
            if (outcomes[i].Refusal is { } refusal)
                batch[i].Completion.TrySetException(refusal);
            else
                batch[i].Completion.TrySetResult(outcomes[i].Result!);
        }
    }

    private Outcome AppendOne(PendingAppend pending, SqliteTransaction transaction, List<StoredEvent> stored)
    {
        try
        {
            return new Outcome(_appender.Append(pending.Stream, pending.Expected, pending.Events, transaction, stored), null);
        }
        catch (Exception refusal) when (refusal is WrongExpectedVersionException or DuplicateEventIdException)
        {
            return new Outcome(null, refusal);
        }
    }

    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _loop.Join();
        _appender.Dispose();
    }

    private sealed record PendingAppend(string Stream, ExpectedRevision Expected, IReadOnlyList<EventData> Events, CancellationToken Cancellation)
    {
        public TaskCompletionSource<AppendResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private readonly record struct Outcome(AppendResult? Result, Exception? Refusal);
}
