using Timeline.EventStore.Sqlite;
using Timeline.EventStore.Tests.Conformance;

namespace Timeline.EventStore.Tests.Sqlite;

/// <summary>
/// A group commit holds many callers' appends in one transaction and one sync. One of them refused on its expected
/// revision must fail alone and write nothing, while the others of the same group commit, a retry among them is
/// answered with its first result, and a live subscriber gets the group's events in commit order.
/// </summary>
public sealed class Refusing_one_append_of_a_group_commit : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task An_append_refused_on_its_expected_revision_fails_alone_and_the_rest_of_its_group_commits()
    {
        var clock = new GatedClock();
        using var store = new SqliteEventStore(Path.Combine(_folder.Path, "events.db"), clock);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var live = store.SubscribeToAllAsync(0, stop.Token).GetAsyncEnumerator(stop.Token);
        var firstSeen = live.MoveNextAsync();
        var (shared, other) = (TestEvents.NewStream(), TestEvents.NewStream());
        var opening = TestEvents.One("opening");

        // The store reads its clock inside each commit: held there, the commit thread leaves every later append queued,
        // and the next commit takes them all as one group.
        var first = store.AppendAsync(shared, ExpectedRevision.NoStream, [opening]);
        await clock.Entered.WaitAsync(stop.Token);
        var group = new[]
        {
            store.AppendAsync(other, ExpectedRevision.NoStream, TestEvents.Many("other", 2)),
            store.AppendAsync(shared, ExpectedRevision.Exact(3), [TestEvents.One("stale")]),
            store.AppendAsync(shared, ExpectedRevision.NoStream, [opening]),
            store.AppendAsync(shared, ExpectedRevision.Exact(0), [TestEvents.One("second")]),
        };
        clock.Open();

        var opened = await first.WaitAsync(stop.Token);
        var refusal = await Assert.ThrowsAsync<WrongExpectedVersionException>(() => group[1].WaitAsync(stop.Token));
        Assert.Equal(0, refusal.ActualRevision);
        var otherAppended = await group[0].WaitAsync(stop.Token);
        Assert.Equal(opened, await group[2].WaitAsync(stop.Token));
        var secondAppended = await group[3].WaitAsync(stop.Token);

        Assert.Equal(new AppendResult(1, opened.Position + 2), otherAppended);
        Assert.Equal(new AppendResult(1, opened.Position + 3), secondAppended);
        var log = await store.ReadAllAsync().ToListAsync();
        Assert.Equal(["opening", "other-0", "other-1", "second"], log.Select(TestEvents.Label));
        Assert.Equal([shared, other, other, shared], log.Select(e => e.Stream));
        Assert.True(await firstSeen);
        var seen = new List<StoredEvent> { live.Current };
        while (seen.Count < log.Count && await live.MoveNextAsync())
            seen.Add(live.Current);
        Assert.Equal(log.Select(e => (e.Position, e.EventId)), seen.Select(e => (e.Position, e.EventId)));
    }

    /// <summary>Holds the first caller that reads it until opened; every later read passes.</summary>
    private sealed class GatedClock : TimeProvider
    {
        private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly ManualResetEventSlim _open = new();

        public Task Entered => _entered.Task;

        public void Open() => _open.Set();

        public override DateTimeOffset GetUtcNow()
        {
            if (_entered.TrySetResult() && !_open.Wait(TimeSpan.FromSeconds(30)))
                throw new TimeoutException("the test never opened the clock");
            return base.GetUtcNow();
        }
    }

    public void Dispose() => _folder.Dispose();
}
