using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Timeline.EventStore.Sqlite;
using Timeline.EventStore.Telemetry;
using Timeline.EventStore.Tests.Conformance;

namespace Timeline.EventStore.Tests.Telemetry;

/// <summary>What the telemetry wrapper adds to the embedded store: spans, the trace context in the metadata, meters.</summary>
public sealed class Carrying_the_trace_of_an_append : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly SpanCollector _spans = new(EventStoreTelemetry.SourceName);

    private string StorePath => Path.Combine(_folder.Path, "events.db");

    [Fact]
    public async Task An_append_inside_a_trace_stores_the_append_span_as_the_events_traceparent()
    {
        using var store = new InstrumentedEventStore(new SqliteEventStore(StorePath), new EventStoreMetrics());
        var stream = TestEvents.NewStream();
        using var caller = new Activity("caller").SetIdFormat(ActivityIdFormat.W3C).Start();

        await store.AppendAsync(stream, ExpectedRevision.NoStream, [Untraced("first"), Untraced("second")]);

        var append = Assert.Single(_spans.InTrace(caller.TraceId), a => a.OperationName == "eventstore.append");
        Assert.Equal(caller.SpanId, append.ParentSpanId);
        var stored = await store.ReadStreamAsync(stream).ToListAsync();
        Assert.All(stored, e => Assert.Equal(append.Id, e.Metadata.TraceParent));
        Assert.Contains(_spans.InTrace(caller.TraceId), a => a.OperationName == "eventstore.read_stream");
    }

    [Fact]
    public async Task An_event_that_already_carries_a_trace_context_keeps_it()
    {
        using var store = new InstrumentedEventStore(new SqliteEventStore(StorePath), new EventStoreMetrics());
        var stream = TestEvents.NewStream();
        using var caller = new Activity("caller").SetIdFormat(ActivityIdFormat.W3C).Start();

        await store.AppendAsync(stream, ExpectedRevision.NoStream, [TestEvents.One("traced elsewhere")]);

        var stored = Assert.Single(await store.ReadStreamAsync(stream).ToListAsync());
        Assert.Equal(TestEvents.Metadata.TraceParent, stored.Metadata.TraceParent);
    }

    [Fact]
    public async Task The_meters_count_acknowledged_appends_their_events_and_refusals_apart()
    {
        using var factory = new PrivateMeterFactory();
        using var meters = new MeterCollector(EventStoreMetrics.MeterName, factory);
        using var store = new InstrumentedEventStore(new SqliteEventStore(StorePath), new EventStoreMetrics(factory));
        var stream = TestEvents.NewStream();

        await store.AppendAsync(stream, ExpectedRevision.NoStream, TestEvents.Many("batch", 3));
        await Assert.ThrowsAsync<WrongExpectedVersionException>(() => store.AppendAsync(stream, ExpectedRevision.NoStream, [TestEvents.One("late")]));

        Assert.Equal(1, meters.Sum("timeline.eventstore.appends", ("outcome", "ok")));
        Assert.Equal(1, meters.Sum("timeline.eventstore.appends", ("outcome", "conflict")));
        Assert.Equal(3, meters.Sum("timeline.eventstore.events_appended"));
        Assert.Equal(2, meters.Count("timeline.eventstore.append.duration"));
    }

    [Fact]
    public async Task A_file_written_before_trace_contexts_were_kept_opens_and_takes_new_appends()
    {
        await using (var old = new SqliteConnection($"Data Source={StorePath};Pooling=false"))
        {
            await old.OpenAsync();
            await using var create = old.CreateCommand();
            create.CommandText = """
                CREATE TABLE events (position INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT NOT NULL UNIQUE, stream TEXT NOT NULL,
                    revision INTEGER NOT NULL, type TEXT NOT NULL, data BLOB NOT NULL, recorded_at INTEGER NOT NULL, recorded_by TEXT NOT NULL,
                    correlation_id TEXT NOT NULL, causation_id TEXT NOT NULL, import_batch TEXT, UNIQUE (stream, revision));
                INSERT INTO events (event_id, stream, revision, type, data, recorded_at, recorded_by, correlation_id, causation_id)
                VALUES ('1b4e28ba-2fa1-11d2-883f-0016d3cca427', 'old', 0, 'TestHappened.v1', X'7B7D', 0, 'archive', '1b4e28ba-2fa1-11d2-883f-0016d3cca428', '1b4e28ba-2fa1-11d2-883f-0016d3cca429');
                """;
            await create.ExecuteNonQueryAsync();
        }

        using var store = new SqliteEventStore(StorePath);
        await store.AppendAsync("new", ExpectedRevision.NoStream, [TestEvents.One("after the upgrade")]);

        var log = await store.ReadAllAsync().ToListAsync();
        Assert.Equal(["old", "new"], log.Select(e => e.Stream));
        Assert.Null(log[0].Metadata.TraceParent);
        Assert.Equal(TestEvents.Metadata.TraceParent, log[1].Metadata.TraceParent);
    }

    private static EventData Untraced(string label)
    {
        var e = TestEvents.One(label);
        return e with { Metadata = e.Metadata with { TraceParent = null } };
    }

    public void Dispose()
    {
        _spans.Dispose();
        _folder.Dispose();
    }
}
