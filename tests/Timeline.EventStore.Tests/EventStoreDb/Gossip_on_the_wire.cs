using Google.Protobuf;
using Timeline.EventStore.EventStoreDb.Protocol;
using VNodeState = Timeline.EventStore.EventStoreDb.Protocol.MemberInfo.Types.VNodeState;

namespace Timeline.EventStore.Tests.EventStoreDb;

/// <summary>Our gossip.proto reads what a 24.10 server sends: the same service path, field numbers and state numbers.</summary>
public sealed class Gossip_on_the_wire
{
    [Fact]
    public void The_service_is_called_where_the_server_serves_it()
    {
        var read = Assert.Single(Gossip.Descriptor.Methods);
        Assert.Equal("event_store.client.gossip.Gossip", Gossip.Descriptor.FullName);
        Assert.Equal("Read", read.Name);
        Assert.Equal("event_store.client.Empty", read.InputType.FullName);
    }

    [Fact]
    public void A_member_written_with_the_servers_field_numbers_reads_back_whole()
    {
        var instance = Guid.NewGuid();
        var bytes = Message(output =>
        {
            // ClusterInfo.members = 1, one MemberInfo.
            output.WriteTag(1, WireFormat.WireType.LengthDelimited);
            output.WriteBytes(Message(member =>
            {
                member.WriteTag(1, WireFormat.WireType.LengthDelimited);
                member.WriteBytes(Message(uuid => { uuid.WriteTag(2, WireFormat.WireType.LengthDelimited); uuid.WriteString(instance.ToString()); }));
                member.WriteTag(2, WireFormat.WireType.Varint);
                member.WriteInt64(638_000_000_000_000_000);
                member.WriteTag(3, WireFormat.WireType.Varint);
                member.WriteEnum(14);
                member.WriteTag(4, WireFormat.WireType.Varint);
                member.WriteBool(true);
                member.WriteTag(5, WireFormat.WireType.LengthDelimited);
                member.WriteBytes(Message(endPoint =>
                {
                    endPoint.WriteTag(1, WireFormat.WireType.LengthDelimited);
                    endPoint.WriteString("node3.cluster");
                    endPoint.WriteTag(2, WireFormat.WireType.Varint);
                    endPoint.WriteUInt32(2115);
                }));
            }));
        });

        var member = Assert.Single(ClusterInfo.Parser.ParseFrom(bytes).Members);

        Assert.Equal(instance.ToString(), member.InstanceId.String);
        Assert.Equal(638_000_000_000_000_000, member.TimeStamp);
        Assert.Equal(VNodeState.ReadOnlyReplica, member.State);
        Assert.True(member.IsAlive);
        Assert.Equal(("node3.cluster", 2115u), (member.HttpEndPoint.Address, member.HttpEndPoint.Port));
    }

    [Fact]
    public void Node_states_carry_the_servers_numbers()
    {
        Assert.Equal(
            [(VNodeState.Initializing, 0), (VNodeState.CatchingUp, 4), (VNodeState.Follower, 6), (VNodeState.Leader, 8),
             (VNodeState.ShuttingDown, 10), (VNodeState.ReadOnlyLeaderless, 12), (VNodeState.ReadOnlyReplica, 14), (VNodeState.ResigningLeader, 15)],
            new[] { VNodeState.Initializing, VNodeState.CatchingUp, VNodeState.Follower, VNodeState.Leader,
                VNodeState.ShuttingDown, VNodeState.ReadOnlyLeaderless, VNodeState.ReadOnlyReplica, VNodeState.ResigningLeader }
                .Select(s => (s, (int)s)));
        Assert.Equal(16, Enum.GetValues<VNodeState>().Length);
    }

    private static ByteString Message(Action<CodedOutputStream> write)
    {
        using var buffer = new MemoryStream();
        var output = new CodedOutputStream(buffer);
        write(output);
        output.Flush();
        return ByteString.CopyFrom(buffer.ToArray());
    }
}
