using System.Text;
using System.Text.Json;
using Timeline.EventStore.EventStoreDb;
using Timeline.EventStore.Tests.Conformance;
using Timeline.EventStore.Tests.EventStoreDb.Double;

namespace Timeline.EventStore.Tests.EventStoreDb;

/// <summary>What the adapter sends and how it reads what comes back, as the protocol page says.</summary>
public sealed class On_the_wire(DoubleFixture fixture) : IClassFixture<DoubleFixture>, IDisposable
{
    private readonly EventStoreDbEventStore _store = new(EventStoreDbConnectionString.Parse(fixture.Server.ConnectionString));

    private DoubleState Server => fixture.Server.State;

    [Fact]
    public async Task Events_are_stored_as_json_with_correlation_and_causation_where_other_tools_look_for_them()
    {
        var stream = TestEvents.NewStream();
        var sent = TestEvents.One("wired");
        await _store.AppendAsync(stream, ExpectedRevision.NoStream, [sent]);

        var stored = Assert.Single(Server.Log.Stream(stream)!);
        var custom = JsonDocument.Parse(stored.CustomMetadata).RootElement;
        Assert.Equal(sent.EventId, stored.Id);
        Assert.Equal("TestHappened.v1", stored.Type);
        Assert.Equal("application/json", stored.ContentType);
        Assert.Equal(TestEvents.Metadata.CorrelationId, custom.GetProperty("$correlationId").GetGuid());
        Assert.Equal(TestEvents.Metadata.CausationId, custom.GetProperty("$causationId").GetGuid());
        Assert.Equal("conformance", custom.GetProperty("recordedBy").GetString());
        Assert.Equal("batch-7", custom.GetProperty("importBatch").GetString());
    }

    [Fact]
    public async Task The_recorded_time_is_the_servers_created_ticks()
    {
        var stream = TestEvents.NewStream();
        await _store.AppendAsync(stream, ExpectedRevision.NoStream, [TestEvents.One("timed")]);

        var created = Server.Log.Stream(stream)![0].CreatedTicks;
        var read = Assert.Single(await _store.ReadStreamAsync(stream).ToListAsync());
        Assert.Equal(DateTimeOffset.UnixEpoch.AddTicks(created), read.RecordedAt);
    }

    [Fact]
    public async Task Writes_ask_for_the_leader_and_credentials_go_as_basic_authorization()
    {
        var withCredentials = fixture.Server.ConnectionString.Replace("esdb://", "esdb://admin:changeit@", StringComparison.Ordinal);
        using var store = new EventStoreDbEventStore(EventStoreDbConnectionString.Parse(withCredentials));
        Server.AppendHeaders.Clear();

        await store.AppendAsync(TestEvents.NewStream(), ExpectedRevision.NoStream, [TestEvents.One("signed")]);

        var (authorization, requiresLeader) = Assert.Single(Server.AppendHeaders);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("admin:changeit")), authorization);
        Assert.True(requiresLeader);
    }

    [Fact]
    public async Task System_events_never_reach_readers_of_the_global_log_nor_the_head()
    {
        var stream = TestEvents.NewStream();
        var start = await _store.ReadHeadPositionAsync();
        var mine = await _store.AppendAsync(stream, ExpectedRevision.NoStream, [TestEvents.One("user")]);
        Server.Log.Append("$stats-double", Expectation.Any, -1, [(Guid.NewGuid(), "$statsCollected", "application/json", [], "{}"u8.ToArray())]);

        var read = await _store.ReadAllAsync(start).ToListAsync();

        Assert.NotEmpty(read);
        Assert.DoesNotContain(read, e => e.Type.StartsWith('$'));
        Assert.Equal(mine.Position, await _store.ReadHeadPositionAsync());
    }

    [Fact]
    public async Task A_subscription_asks_the_server_to_leave_system_events_out()
    {
        var stream = TestEvents.NewStream();
        await _store.AppendAsync(stream, ExpectedRevision.NoStream, [TestEvents.One("seen")]);
        Server.Reads.Clear();

        await foreach (var e in _store.SubscribeToAllAsync(0, TestEvents.Within()))
        {
            Assert.False(e.Type.StartsWith('$'), $"received {e.Type}");
            if (e.Stream == stream)
                break;
        }

        var request = Assert.Single(Server.Reads).Options;
        Assert.Equal(@"^[^\$].*", request.Filter.EventType.Regex);
        Assert.NotNull(request.UuidOption);
    }

    [Fact]
    public async Task Reading_the_global_log_pages_through_more_events_than_one_request_returns()
    {
        var stream = TestEvents.NewStream();
        var start = await _store.ReadHeadPositionAsync();
        await _store.AppendAsync(stream, ExpectedRevision.NoStream, TestEvents.Many("page", 1_100));

        var read = await _store.ReadAllAsync(start).Where(e => e.Stream == stream).ToListAsync();
        var limited = await _store.ReadAllAsync(start, maxCount: 600).ToListAsync();

        Assert.Equal(Enumerable.Range(0, 1_100).Select(i => (long)i), read.Select(e => e.Revision));
        Assert.Equal(600, limited.Count);
    }

    public void Dispose() => _store.Dispose();
}
