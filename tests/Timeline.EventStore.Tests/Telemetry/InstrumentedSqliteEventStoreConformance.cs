using Timeline.EventStore.Sqlite;
using Timeline.EventStore.Telemetry;
using Timeline.EventStore.Tests.Sqlite;

namespace Timeline.EventStore.Tests.Telemetry;

/// <summary>The service always runs its store wrapped for telemetry: the wrapper keeps every promise of the port.</summary>
public sealed class InstrumentedSqliteEventStoreConformance : SqliteEventStoreConformance
{
    protected override IEventStore Wrap(SqliteEventStore store) => new InstrumentedEventStore(store, new EventStoreMetrics());
}
