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

    [Theory]
    [InlineData("http://localhost:2113")]
    [InlineData("esdb+discover://cluster.example:2113")]
    [InlineData("esdb://localhost:notaport")]
    [InlineData("esdb://localhost:2113?tls=maybe")]
    [InlineData("esdb://justauser@localhost:2113")]
    [InlineData("esdb://")]
    public void A_malformed_string_is_refused_with_a_reason(string connectionString)
    {
        var error = Assert.Throws<FormatException>(() => EventStoreDbConnectionString.Parse(connectionString));
        Assert.Contains("is not valid", error.Message);
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
