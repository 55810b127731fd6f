using Microsoft.Extensions.Logging.Abstractions;
using Timeline.EventStore.Sqlite;
using Timeline.Projections.Runner;
using Timeline.Projections.Storage;

namespace Timeline.Projections.Tests;

/// <summary>An embedded store, a read model and a runner over them in <c>folder</c>, started and following the log live.</summary>
public sealed class FollowingRunner : IDisposable
{
    private FollowingRunner(string folder)
    {
        Store = new SqliteEventStore(Path.Combine(folder, "events.db"));
        ReadModel = new SqliteReadModel(Path.Combine(folder, "readmodel.db"));
        Runner = new ProjectionRunner(Store, ReadModel, Status, TimeProvider.System, NullLogger<ProjectionRunner>.Instance);
    }

    public SqliteEventStore Store { get; }
    public SqliteReadModel ReadModel { get; }
    public ProjectionStatus Status { get; } = new();
    public ProjectionRunner Runner { get; }

    public static async Task<FollowingRunner> StartAsync(string folder, CancellationToken within)
    {
        var following = new FollowingRunner(folder);
        await following.Runner.StartAsync(CancellationToken.None);
        // Appended before the runner follows the log, an event would be folded in bulk, not as a live batch.
        await following.Status.Following.WaitAsync(within);
        return following;
    }

    public void Dispose()
    {
        ReadModel.Dispose();
        Store.Dispose();
    }
}
