using System.Text;
using Timeline.EventStore;
using Timeline.EventStore.Sqlite;

// Usage: CrashProbe <store file> <stream>
// Appends one event at a time, forever, and prints each acknowledged revision; the test kills it.
var store = new SqliteEventStore(args[0]);
var metadata = new EventMetadata("crash-probe", Guid.NewGuid(), Guid.NewGuid());
for (long revision = 0; ; revision++)
{
    var data = new EventData(Guid.NewGuid(), "ProbeAppended.v1", Encoding.UTF8.GetBytes($"{{\"n\":{revision}}}"), metadata);
    await store.AppendAsync(args[1], revision == 0 ? ExpectedRevision.NoStream : ExpectedRevision.Exact(revision - 1), [data]);
    Console.WriteLine($"acknowledged {revision}");
}
