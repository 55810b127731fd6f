using Timeline.EventStore.EventStoreDb;

namespace Timeline.EventStore.Tests.EventStoreDb;

public sealed class Connection_strings
{
    [Fact]
    public void An_insecure_single_node_string_gives_its_host_port_and_no_tls()
    {
        var parsed = EventStoreDbConnectionString.Parse("esdb://eventstore:2113?tls=false");

        Assert.Equal([new EventStoreDbEndpoint("eventstore", 2113)], parsed.Nodes);
        Assert.False(parsed.Tls);
        Assert.False(parsed.HasCredentials);
    }

    [Fact]
    public void Credentials_are_read_and_unescaped_and_tls_stays_on_by_default()
    {
        var parsed = EventStoreDbConnectionString.Parse("esdb://admin:ch%40nge%3Ait@db.example:2114");

        Assert.Equal("admin", parsed.Username);
        Assert.Equal("ch@nge:it", parsed.Password);
        Assert.True(parsed.Tls);
        Assert.True(parsed.VerifyCertificate);
        Assert.Equal([new EventStoreDbEndpoint("db.example", 2114)], parsed.Nodes);
    }

    [Fact]
    public void A_cluster_lists_its_nodes_and_a_missing_port_is_the_default()
    {
        var parsed = EventStoreDbConnectionString.Parse("esdb://user:pass@node1,node2:2213,node3?tls=true&tlsVerifyCert=false&keepAliveTimeout=10000");

        Assert.Equal([new("node1", 2113), new("node2", 2213), new EventStoreDbEndpoint("node3", 2113)], parsed.Nodes);
        Assert.True(parsed.Tls);
        Assert.False(parsed.VerifyCertificate);
    }

    [Fact]
    public void A_discovery_string_gives_its_seeds_and_the_official_clients_options()
    {
        var parsed = EventStoreDbConnectionString.Parse(
            "esdb+discover://node1:2113,node2?tls=false&nodePreference=readOnlyReplica&maxDiscoverAttempts=3&discoveryInterval=250&gossipTimeout=1500");

        Assert.True(parsed.Discover);
        Assert.Equal([new("node1", 2113), new EventStoreDbEndpoint("node2", 2113)], parsed.Nodes);
        Assert.Equal(NodePreference.ReadOnlyReplica, parsed.Discovery.NodePreference);
        Assert.Equal(3, parsed.Discovery.MaxDiscoverAttempts);
        Assert.Equal(TimeSpan.FromMilliseconds(250), parsed.Discovery.DiscoveryInterval);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), parsed.Discovery.GossipTimeout);
        Assert.Equal("esdb+discover://node1:2113,node2:2113?tls=false&nodePreference=readOnlyReplica", parsed.ToString());
    }

    [Fact]
    public void A_dns_name_is_one_seed_and_discovery_defaults_to_the_leader_as_the_official_clients_do()
    {
        var parsed = EventStoreDbConnectionString.Parse("esdb+discover://cluster.example?tls=false");

        Assert.Equal([new EventStoreDbEndpoint("cluster.example", 2113)], parsed.Nodes);
        Assert.Equal(new EventStoreDbDiscoveryOptions(), parsed.Discovery);
        Assert.Equal(NodePreference.Leader, parsed.Discovery.NodePreference);
        Assert.Equal(10, parsed.Discovery.MaxDiscoverAttempts);
    }

    [Theory]
    [InlineData("leader", NodePreference.Leader)]
    [InlineData("Follower", NodePreference.Follower)]
    [InlineData("random", NodePreference.Random)]
    [InlineData("readonlyreplica", NodePreference.ReadOnlyReplica)]
    public void Node_preferences_are_spelt_as_in_the_official_clients_in_any_case(string given, NodePreference expected) =>
        Assert.Equal(expected, EventStoreDbConnectionString.Parse($"esdb+discover://seed?nodePreference={given}").Discovery.NodePreference);

    [Theory]
    [InlineData("http://localhost:2113", "must start with esdb:// (listed nodes) or esdb+discover://")]
    [InlineData("esdb://localhost:notaport", "'localhost:notaport' is not host:port")]
    [InlineData("esdb://localhost:2113?tls=maybe", "tls must be true or false, not 'maybe'")]
    [InlineData("esdb://justauser@localhost:2113", "credentials must be given as user:password@")]
    [InlineData("esdb://", "no host is given")]
    [InlineData("esdb+discover://?tls=false", "no host is given")]
    [InlineData("esdb+discover://node1,,node3", "a host is missing between two commas")]
    [InlineData("esdb+discover://node1?nodePreference=nearest", "nodePreference must be leader, follower, random or readOnlyReplica, not 'nearest'")]
    [InlineData("esdb+discover://node1?maxDiscoverAttempts=0", "maxDiscoverAttempts must be a whole number of at least 1, not '0'")]
    [InlineData("esdb+discover://node1?gossipTimeout=soon", "gossipTimeout must be a whole number of at least 1 (milliseconds), not 'soon'")]
    public void A_malformed_string_is_refused_with_a_reason(string connectionString, string reason)
    {
        var error = Assert.Throws<FormatException>(() => EventStoreDbConnectionString.Parse(connectionString));
        Assert.Contains("is not valid", error.Message);
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void The_password_never_appears_in_an_error_or_in_the_text_form()
    {
        var error = Assert.Throws<FormatException>(() => EventStoreDbConnectionString.Parse("esdb://admin:s3cret@localhost:2113?tls=perhaps"));
        var parsed = EventStoreDbConnectionString.Parse("esdb://admin:s3cret@localhost:2113");

        Assert.DoesNotContain("s3cret", error.Message);
        Assert.DoesNotContain("s3cret", parsed.ToString());
    }
}
