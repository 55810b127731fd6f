using Grpc.Core;
using Timeline.EventStore.EventStoreDb;
using Timeline.EventStore.Tests.Conformance;
using Timeline.EventStore.Tests.EventStoreDb.Double;

namespace Timeline.EventStore.Tests.EventStoreDb;

/// <summary>Every failure the protocol page names becomes an exception of ours, and only some are retried.</summary>
public sealed class Server_errors(DoubleFixture fixture) : IClassFixture<DoubleFixture>, IDisposable
{
    private static readonly EventStoreDbRetryPolicy Quick = new() { FirstDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(50) };
    private readonly EventStoreDbEventStore _store = new(EventStoreDbConnectionString.Parse(fixture.Server.ConnectionString), retry: Quick);

    private DoubleState Server => fixture.Server.State;

    public static TheoryData<string, Type> Refusals => new()
    {
        { "stream-deleted", typeof(StreamDeletedException) },
        { "access-denied", typeof(EventStoreAccessDeniedException) },
        { "maximum-append-size-exceeded", typeof(AppendTooLargeException) },
        { "missing-required-metadata-property", typeof(MissingEventMetadataException) },
        { "invalid-transaction", typeof(InvalidTransactionException) },
        { "wrong-expected-version", typeof(WrongExpectedVersionException) },
        { "something-new", typeof(EventStoreServerException) },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_refused_append_raises_our_exception_for_the_cause_and_is_not_retried(string cause, Type expected)
    {
        var stream = TestEvents.NewStream();
        Server.AppendFaults.Enqueue(DoubleFault.Refuse(StatusCode.FailedPrecondition, cause, ("actual-version", "3")));

        var error = await Assert.ThrowsAnyAsync<Exception>(() => _store.AppendAsync(stream, ExpectedRevision.Any, [TestEvents.One("refused")]));

        Assert.IsType(expected, error);
        Assert.Empty(await _store.ReadStreamAsync(stream).ToListAsync());
        Assert.Empty(Server.AppendFaults);
    }

    [Fact]
    public async Task A_wrong_expected_version_trailer_carries_the_actual_revision()
    {
        Server.AppendFaults.Enqueue(DoubleFault.Refuse(StatusCode.FailedPrecondition, "wrong-expected-version", ("actual-version", "3")));

        var error = await Assert.ThrowsAsync<WrongExpectedVersionException>(
            () => _store.AppendAsync(TestEvents.NewStream(), ExpectedRevision.Exact(1), [TestEvents.One("late")]));

        Assert.Equal(3, error.ActualRevision);
    }

    [Fact]
    public async Task A_deleted_stream_refuses_reads_too()
    {
        Server.ReadFaults.Enqueue(DoubleFault.Refuse(StatusCode.NotFound, "stream-deleted", ("stream-name", "gone")));

        var error = await Assert.ThrowsAsync<StreamDeletedException>(() => _store.ReadStreamAsync("gone").ToListAsync().AsTask());
        Assert.Equal("gone", error.Stream);
    }

    [Fact]
    public async Task An_append_over_the_servers_size_limit_is_refused_whole()
    {
        var stream = TestEvents.NewStream();
        Server.MaxAppendBytes = 2_000;
        try
        {
            var big = TestEvents.Many(new string('x', 400), 10);
            var error = await Assert.ThrowsAsync<AppendTooLargeException>(() => _store.AppendAsync(stream, ExpectedRevision.NoStream, big));
            Assert.Equal(2_000, error.MaximumBytes);
        }
        finally
        {
            Server.MaxAppendBytes = 1024 * 1024;
        }
        Assert.Empty(await _store.ReadStreamAsync(stream).ToListAsync());
    }

    [Fact]
    public async Task Not_leader_sends_the_append_again_to_the_leader_it_names()
    {
        var stream = TestEvents.NewStream();
        Server.AppendFaults.Enqueue(DoubleFault.Refuse(StatusCode.NotFound, "not-leader",
            ("leader-endpoint-host", "127.0.0.1"), ("leader-endpoint-port", fixture.Server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture))));

        var result = await _store.AppendAsync(stream, ExpectedRevision.NoStream, [TestEvents.One("led")]);

        Assert.Equal(0, result.NextExpectedRevision);
        Assert.Single(await _store.ReadStreamAsync(stream).ToListAsync());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_append_cut_off_by_a_broken_connection_is_sent_again_and_stored_once(bool brokenAfterWriting)
    {
        var stream = TestEvents.NewStream();
        Server.AppendFaults.Enqueue(DoubleFault.DropConnection(brokenAfterWriting));

        var result = await _store.AppendAsync(stream, ExpectedRevision.NoStream, TestEvents.Many("once", 2));

        var stored = await _store.ReadStreamAsync(stream).ToListAsync();
        Assert.Equal(["once-0", "once-1"], stored.Select(TestEvents.Label));
        Assert.Equal(1, result.NextExpectedRevision);
        Assert.Equal(stored[^1].Position, result.Position);
    }

    [Fact]
    public async Task A_server_that_is_not_there_makes_reads_and_writes_fail_as_unavailable()
    {
        var port = fixture.Server.Port + 1;
        using var nowhere = new EventStoreDbEventStore(EventStoreDbConnectionString.Parse($"esdb://127.0.0.1:{port}?tls=false"), retry: Quick);

        await Assert.ThrowsAsync<EventStoreUnavailableException>(() => nowhere.ReadHeadPositionAsync());
        await Assert.ThrowsAsync<EventStoreUnavailableException>(() => nowhere.AppendAsync(TestEvents.NewStream(), ExpectedRevision.Any, [TestEvents.One("lost")]));
    }

    public void Dispose() => _store.Dispose();
}
