using Timeline.EventStore.EventStoreDb;
using Timeline.EventStore.Tests.Conformance;
using Timeline.EventStore.Tests.EventStoreDb.Double;

namespace Timeline.EventStore.Tests.EventStoreDb;

/// <summary>A new leader in the middle of writing and reading: writes follow it, nothing is lost or doubled.</summary>
public sealed class Failing_over : ClusterTests
{
    private const int Writers = 4;
    private const int AppendsBefore = 10;
    private const int AppendsAfter = 10;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Writes_keep_going_through_a_leader_change_and_none_is_lost_or_doubled(bool oldLeaderGoesDown)
    {
        var (oldLeader, newLeader) = (Cluster.Nodes[0], Cluster.Nodes[1]);
        var store = Connect("", oldLeader, newLeader, Cluster.Nodes[2]);
        var streams = Enumerable.Range(0, Writers).Select(_ => TestEvents.NewStream()).ToArray();
        var started = 0;
        var halfWay = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var elected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // Each writer goes on without pause until it has written enough after the election: some of its
        // appends are under way when the leader changes.
        var writing = streams.Select(stream => Task.Run(async () =>
        {
            var (written, afterElection) = (0, 0);
            while (written < AppendsBefore || afterElection < AppendsAfter)
            {
                var expected = written == 0 ? ExpectedRevision.NoStream : ExpectedRevision.Exact(written - 1);
                await store.AppendAsync(stream, expected, [TestEvents.One($"{stream}-{written}")]);
                written++;
                afterElection += elected.Task.IsCompleted ? 1 : 0;
                if (written == AppendsBefore && Interlocked.Increment(ref started) == Writers)
                    halfWay.SetResult();
            }
            return written;
        })).ToArray();

        await halfWay.Task.WaitAsync(TimeSpan.FromSeconds(15));
        if (oldLeaderGoesDown)
            await oldLeader.StopAsync();
        Cluster.Elect(newLeader);
        elected.SetResult();
        var counts = await Task.WhenAll(writing).WaitAsync(TimeSpan.FromSeconds(30));

        for (var w = 0; w < Writers; w++)
            Assert.Equal(Enumerable.Range(0, counts[w]).Select(i => $"{streams[w]}-{i}"),
                Cluster.Log.Stream(streams[w])!.Select(e => System.Text.Json.JsonDocument.Parse(e.Data).RootElement.GetProperty("label").GetString()));
        // Each writer may have had one append under way on the old leader when the new one was elected.
        Assert.InRange(newLeader.State.AppendHeaders.Count, Writers * (AppendsAfter - 1), int.MaxValue);
    }

    [Fact]
    public async Task A_subscription_on_a_follower_that_goes_down_moves_to_another_node_with_no_gap_and_no_repeat()
    {
        var reader = Connect("nodePreference=follower");
        var writer = Connect();
        EventStoreDbDouble? serving = null;

        var received = await SubscriptionUnderDisruption.RunAsync(reader, writer, async () =>
        {
            serving = Assert.Single(Cluster.Followers, ReadTheGlobalLog);
            await serving.StopAsync();
        });

        Assert.Equal(SubscriptionUnderDisruption.Written, received);
        Assert.Contains(Cluster.Nodes.Where(n => n != serving), ReadTheGlobalLog);
    }
}
