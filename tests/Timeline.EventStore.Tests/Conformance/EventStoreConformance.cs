using Timeline.EventStore;

namespace Timeline.EventStore.Tests.Conformance;

/// <summary>
/// What every event store adapter must do. An adapter's test class derives from this and says how to make
/// (and reopen) a store; every test here then runs against it.
/// </summary>
public abstract class EventStoreConformance : IAsyncLifetime
{
    protected IEventStore Store { get; private set; } = null!;

    /// <summary>A store to test. Tests use fresh stream names, so a shared server is fine.</summary>
    protected abstract Task<IEventStore> OpenAsync();

    /// <summary>Closes the store and opens it again on the same data.</summary>
    protected abstract Task<IEventStore> ReopenAsync(IEventStore store);

    public async Task InitializeAsync() => Store = await OpenAsync();

    public virtual Task DisposeAsync()
    {
        (Store as IDisposable)?.Dispose();
        return Task.CompletedTask;
    }

    [ConformanceFact]
    public async Task Appending_to_a_new_stream_numbers_its_events_from_zero()
    {
        var stream = TestEvents.NewStream();
        var result = await Store.AppendAsync(stream, ExpectedRevision.NoStream, TestEvents.Many("a", 3));

        var events = await Store.ReadStreamAsync(stream).ToListAsync();
        Assert.Equal(2, result.NextExpectedRevision);
        Assert.Equal([0L, 1L, 2L], events.Select(e => e.Revision));
        Assert.Equal(["a-0", "a-1", "a-2"], events.Select(TestEvents.Label));
        Assert.Equal(events[^1].Position, result.Position);
        Assert.True(events[0].Position < events[1].Position && events[1].Position < events[2].Position);
    }

    [ConformanceFact]
    public async Task Every_stored_event_carries_its_metadata_and_the_stores_clock()
    {
        var stream = TestEvents.NewStream();
        var before = DateTimeOffset.UtcNow.AddMinutes(-5);
        var sent = TestEvents.One("meta");
        await Store.AppendAsync(stream, ExpectedRevision.NoStream, [sent]);

        var stored = Assert.Single(await Store.ReadStreamAsync(stream).ToListAsync());
        Assert.Equal(sent.EventId, stored.EventId);
        Assert.Equal("TestHappened.v1", stored.Type);
        Assert.Equal(stream, stored.Stream);
        Assert.Equal(TestEvents.Metadata, stored.Metadata);
        Assert.InRange(stored.RecordedAt, before, DateTimeOffset.UtcNow.AddMinutes(5));
        Assert.Equal(sent.Data.ToArray(), stored.Data.ToArray());
    }

    [ConformanceFact]
    public async Task Expecting_no_stream_on_an_existing_stream_is_refused_and_writes_nothing()
    {
        var stream = TestEvents.NewStream();
        await Store.AppendAsync(stream, ExpectedRevision.NoStream, TestEvents.Many("a", 2));

        var refused = await Assert.ThrowsAsync<WrongExpectedVersionException>(
            () => Store.AppendAsync(stream, ExpectedRevision.NoStream, [TestEvents.One("late")]));

        Assert.Equal(1, refused.ActualRevision);
        Assert.Equal(2, (await Store.ReadStreamAsync(stream).ToListAsync()).Count);
    }

    [ConformanceFact]
    public async Task Expecting_a_stale_revision_is_refused_with_the_actual_one()
    {
        var stream = TestEvents.NewStream();
        await Store.AppendAsync(stream, ExpectedRevision.NoStream, TestEvents.Many("a", 3));

        var refused = await Assert.ThrowsAsync<WrongExpectedVersionException>(
            () => Store.AppendAsync(stream, ExpectedRevision.Exact(0), [TestEvents.One("stale")]));

        Assert.Equal(2, refused.ActualRevision);
        Assert.Equal(stream, refused.Stream);
        Assert.DoesNotContain(await Store.ReadStreamAsync(stream).ToListAsync(), e => TestEvents.Label(e) == "stale");
    }

    [ConformanceFact]
    public async Task Expecting_an_exact_revision_on_a_missing_stream_is_refused()
    {
        var refused = await Assert.ThrowsAsync<WrongExpectedVersionException>(
            () => Store.AppendAsync(TestEvents.NewStream(), ExpectedRevision.Exact(0), [TestEvents.One("x")]));
        Assert.Equal(-1, refused.ActualRevision);
    }

    [ConformanceFact]
    public async Task Expecting_any_revision_appends_to_new_and_existing_streams()
    {
        var stream = TestEvents.NewStream();
        await Store.AppendAsync(stream, ExpectedRevision.Any, [TestEvents.One("first")]);
        var result = await Store.AppendAsync(stream, ExpectedRevision.Any, [TestEvents.One("second")]);

        Assert.Equal(1, result.NextExpectedRevision);
        Assert.Equal(["first", "second"], (await Store.ReadStreamAsync(stream).ToListAsync()).Select(TestEvents.Label));
    }

    [ConformanceFact]
    public async Task The_exact_revision_appends_after_it()
    {
        var stream = TestEvents.NewStream();
        await Store.AppendAsync(stream, ExpectedRevision.NoStream, [TestEvents.One("0")]);
        var result = await Store.AppendAsync(stream, ExpectedRevision.Exact(0), [TestEvents.One("1")]);
        Assert.Equal(1, result.NextExpectedRevision);
    }

    [ConformanceFact]
    public async Task Appending_the_same_events_again_with_the_same_expectation_writes_nothing_new()
    {
        var stream = TestEvents.NewStream();
        var events = TestEvents.Many("once", 2);
        var first = await Store.AppendAsync(stream, ExpectedRevision.NoStream, events);
        var again = await Store.AppendAsync(stream, ExpectedRevision.NoStream, events);

        Assert.Equal(first.NextExpectedRevision, again.NextExpectedRevision);
        Assert.Equal(2, (await Store.ReadStreamAsync(stream).ToListAsync()).Count);
    }

    [ConformanceFact]
    public async Task A_stream_reads_backwards_and_from_a_revision_with_a_limit()
    {
        var stream = TestEvents.NewStream();
        await Store.AppendAsync(stream, ExpectedRevision.NoStream, TestEvents.Many("e", 5));

        var backwards = await Store.ReadStreamAsync(stream, ReadDirection.Backwards).ToListAsync();
        var middle = await Store.ReadStreamAsync(stream, ReadDirection.Forwards, fromRevision: 1, maxCount: 2).ToListAsync();
        var lastTwo = await Store.ReadStreamAsync(stream, ReadDirection.Backwards, fromRevision: 4, maxCount: 2).ToListAsync();

        Assert.Equal([4L, 3L, 2L, 1L, 0L], backwards.Select(e => e.Revision));
        Assert.Equal(["e-1", "e-2"], middle.Select(TestEvents.Label));
        Assert.Equal(["e-4", "e-3"], lastTwo.Select(TestEvents.Label));
    }

    [ConformanceFact]
    public async Task An_unknown_stream_reads_as_empty()
    {
        Assert.Empty(await Store.ReadStreamAsync(TestEvents.NewStream()).ToListAsync());
        Assert.Empty(await Store.ReadStreamAsync(TestEvents.NewStream(), ReadDirection.Backwards).ToListAsync());
    }

    [ConformanceFact]
    public async Task The_global_log_reads_every_stream_in_commit_order_from_a_position()
    {
        var (first, second) = (TestEvents.NewStream(), TestEvents.NewStream());
        var start = await Store.ReadHeadPositionAsync();
        await Store.AppendAsync(first, ExpectedRevision.NoStream, [TestEvents.One("f0")]);
        await Store.AppendAsync(second, ExpectedRevision.NoStream, [TestEvents.One("s0")]);
        var middle = await Store.AppendAsync(first, ExpectedRevision.Exact(0), [TestEvents.One("f1")]);
        await Store.AppendAsync(second, ExpectedRevision.Exact(0), [TestEvents.One("s1")]);

        var all = await Store.ReadAllSettledAsync(start, e => e.Stream == first || e.Stream == second, 4);
        var after = await Store.ReadAllAsync(middle.Position).Where(e => e.Stream == first || e.Stream == second).ToListAsync();

        Assert.Equal(["f0", "s0", "f1", "s1"], all.Select(TestEvents.Label));
        Assert.Equal(["s1"], after.Select(TestEvents.Label));
        Assert.Equal(all[^1].Position, await Store.ReadHeadPositionAsync());
    }

    [ConformanceFact]
    public async Task Two_appenders_racing_on_one_stream_never_both_win()
    {
        for (var round = 0; round < 20; round++)
        {
            var stream = TestEvents.NewStream();
            await Store.AppendAsync(stream, ExpectedRevision.NoStream, [TestEvents.One("start")]);
            var racers = new[] { "left", "right" }.Select(name => Task.Run(async () =>
            {
                try
                {
                    await Store.AppendAsync(stream, ExpectedRevision.Exact(0), [TestEvents.One(name)]);
                    return true;
                }
                catch (WrongExpectedVersionException)
                {
                    return false;
                }
            })).ToArray();

            var outcomes = await Task.WhenAll(racers);

            Assert.Single(outcomes, won => won);
            Assert.Equal(2, (await Store.ReadStreamAsync(stream).ToListAsync()).Count);
        }
    }

    [ConformanceFact]
    public async Task Concurrent_appends_to_different_streams_all_land_with_distinct_positions()
    {
        var streams = Enumerable.Range(0, 16).Select(_ => TestEvents.NewStream()).ToArray();
        var start = await Store.ReadHeadPositionAsync();

        await Task.WhenAll(streams.Select(s => Task.Run(() => Store.AppendAsync(s, ExpectedRevision.NoStream, TestEvents.Many(s, 3)))));

        var mine = await Store.ReadAllSettledAsync(start, e => streams.Contains(e.Stream), 48);
        Assert.Equal(48, mine.Count);
        Assert.Equal(mine.Count, mine.Select(e => e.Position).Distinct().Count());
        Assert.Equal(mine.Select(e => e.Position).Order(), mine.Select(e => e.Position));
        foreach (var group in mine.GroupBy(e => e.Stream))
            Assert.Equal([0L, 1L, 2L], group.Select(e => e.Revision));
    }

    [ConformanceFact]
    public async Task A_reader_never_sees_part_of_an_append()
    {
        var stream = TestEvents.NewStream();
        var seen = new List<int>();
        var appended = false;
        var reading = Task.Run(async () =>
        {
            while (!Volatile.Read(ref appended))
                seen.Add((await Store.ReadStreamAsync(stream).ToListAsync()).Count);
        });
        await Task.Run(() => Store.AppendAsync(stream, ExpectedRevision.NoStream, TestEvents.Many("bulk", 200)));
        Volatile.Write(ref appended, true);
        await reading;
        seen.Add((await Store.ReadStreamAsync(stream).ToListAsync()).Count);

        Assert.All(seen, count => Assert.True(count is 0 or 200, $"saw {count} of 200 events"));
        Assert.Equal(200, seen[^1]);
    }

    [ConformanceFact]
    public async Task A_subscription_catches_up_then_receives_live_appends_without_gaps_or_repeats()
    {
        var stream = TestEvents.NewStream();
        var start = await Store.ReadHeadPositionAsync();
        await Store.AppendAsync(stream, ExpectedRevision.NoStream, TestEvents.Many("old", 3));
        var token = TestEvents.Within();
        var received = new List<StoredEvent>();
        var caughtUp = new TaskCompletionSource();
        var liveAppended = new TaskCompletionSource();

        var subscription = Task.Run(async () =>
        {
            await foreach (var e in Store.SubscribeToAllAsync(start, token))
            {
                if (e.Stream != stream)
                    continue;
                received.Add(e);
                if (received.Count == 3)
                    caughtUp.SetResult();
                if (received.Count == 6)
                    return;
            }
        }, token);
        await caughtUp.Task.WaitAsync(token);
        await Store.AppendAsync(stream, ExpectedRevision.Exact(2), TestEvents.Many("new", 2));
        await Store.AppendAsync(stream, ExpectedRevision.Exact(4), [TestEvents.One("newest")]);
        await subscription;

        Assert.Equal(["old-0", "old-1", "old-2", "new-0", "new-1", "newest"], received.Select(TestEvents.Label));
        Assert.Equal([0L, 1L, 2L, 3L, 4L, 5L], received.Select(e => e.Revision));
        Assert.Equal(received.Select(e => e.Position).Order(), received.Select(e => e.Position));
    }

    [ConformanceFact]
    public async Task A_subscription_starts_just_after_its_checkpoint()
    {
        var stream = TestEvents.NewStream();
        await Store.AppendAsync(stream, ExpectedRevision.NoStream, [TestEvents.One("seen")]);
        var checkpoint = (await Store.AppendAsync(stream, ExpectedRevision.Exact(0), [TestEvents.One("also seen")])).Position;
        await Store.AppendAsync(stream, ExpectedRevision.Exact(1), [TestEvents.One("unseen")]);
        var token = TestEvents.Within();

        StoredEvent? first = null;
        await foreach (var e in Store.SubscribeToAllAsync(checkpoint, token))
        {
            first = e;
            break;
        }

        Assert.NotNull(first);
        Assert.Equal("unseen", TestEvents.Label(first));
        Assert.True(first.Position > checkpoint);
    }

    [ConformanceFact]
    public async Task Events_survive_reopening_the_store()
    {
        var stream = TestEvents.NewStream();
        await Store.AppendAsync(stream, ExpectedRevision.NoStream, TestEvents.Many("kept", 4));

        Store = await ReopenAsync(Store);

        var events = await Store.ReadStreamAsync(stream).ToListAsync();
        Assert.Equal(["kept-0", "kept-1", "kept-2", "kept-3"], events.Select(TestEvents.Label));
        var next = await Store.AppendAsync(stream, ExpectedRevision.Exact(3), [TestEvents.One("after")]);
        Assert.Equal(4, next.NextExpectedRevision);
    }
}
