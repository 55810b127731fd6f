using System.Globalization;

namespace Timeline.EventStore.EventStoreDb;

/// <summary>One node's address.</summary>
public sealed record EventStoreDbEndpoint(string Host, int Port)
{
    public override string ToString() => $"{Host}:{Port.ToString(CultureInfo.InvariantCulture)}";
}

/// <summary>
/// Where EventStoreDB is and how to talk to it: <c>esdb://[user:password@]host[:port][,host[:port]...][?tls=true|false&amp;tlsVerifyCert=true|false]</c>
/// for listed nodes, or <c>esdb+discover://</c> with the same form for seeds (or one DNS name) whose gossip
/// tells which nodes make up the cluster. TLS is on unless switched off, as in the official clients, so that a
/// forgotten option fails loudly rather than sending credentials in clear.
/// </summary>
public sealed record EventStoreDbConnectionString(
    IReadOnlyList<EventStoreDbEndpoint> Nodes,
    bool Tls,
    bool VerifyCertificate,
    string? Username,
    string? Password)
{
    public const int DefaultPort = 2113;
    private const string Scheme = "esdb://";
    private const string DiscoverScheme = "esdb+discover://";

    public bool HasCredentials => Username is not null;

    /// <summary>The nodes are seeds to ask for the cluster's members, not the nodes to send requests to.</summary>
    public bool Discover { get; init; }

    public EventStoreDbDiscoveryOptions Discovery { get; init; } = new();

    public static EventStoreDbConnectionString Parse(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        var text = connectionString.Trim();
        var discover = text.StartsWith(DiscoverScheme, StringComparison.OrdinalIgnoreCase);
        if (!discover && !text.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
            throw Invalid(connectionString, "it must start with esdb:// (listed nodes) or esdb+discover:// (gossip seeds or a DNS name)");
        var rest = text[(discover ? DiscoverScheme : Scheme).Length..];
        var query = "";
        var queryStart = rest.IndexOf('?');
        if (queryStart >= 0)
            (rest, query) = (rest[..queryStart], rest[(queryStart + 1)..]);
        rest = rest.TrimEnd('/');

        string? username = null, password = null;
        var at = rest.LastIndexOf('@');
        if (at >= 0)
        {
            var userInfo = rest[..at];
            rest = rest[(at + 1)..];
            var colon = userInfo.IndexOf(':');
            if (colon <= 0)
                throw Invalid(connectionString, "credentials must be given as user:password@");
            username = Uri.UnescapeDataString(userInfo[..colon]);
            password = Uri.UnescapeDataString(userInfo[(colon + 1)..]);
        }

        if (rest.Length == 0)
            throw Invalid(connectionString, "no host is given: name at least one node, e.g. esdb://localhost:2113");
        var nodes = rest.Split(',', StringSplitOptions.TrimEntries).Select(n => ParseNode(connectionString, n)).ToList();
        var options = new ConnectionOptions();
        foreach (var (key, value) in Pairs(query))
            if (!options.Read(key, value, out var problem) && problem is not null)
                throw Invalid(connectionString, problem);
        return new EventStoreDbConnectionString(nodes, options.Tls, options.VerifyCertificate, username, password)
        {
            Discover = discover,
            Discovery = options.Discovery,
        };
    }

    private static EventStoreDbEndpoint ParseNode(string connectionString, string node)
    {
        if (node.Length == 0)
            throw Invalid(connectionString, "a host is missing between two commas");
        var colon = node.LastIndexOf(':');
        if (colon < 0)
            return new EventStoreDbEndpoint(node, DefaultPort);
        var host = node[..colon];
        if (host.Length == 0 || !int.TryParse(node[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
            throw Invalid(connectionString, $"'{node}' is not host:port");
        return new EventStoreDbEndpoint(host, port);
    }

    private static IEnumerable<(string Key, string Value)> Pairs(string query) =>
        query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(pair => pair.IndexOf('=') is var equals and >= 0
            ? (pair[..equals], Uri.UnescapeDataString(pair[(equals + 1)..]))
            : (pair, ""));

    private static FormatException Invalid(string connectionString, string reason) =>
        new($"The EventStoreDB connection string '{Redact(connectionString)}' is not valid: {reason}.");

    /// <summary>The connection string without its password, for messages and logs.</summary>
    private static string Redact(string connectionString)
    {
        var at = connectionString.LastIndexOf('@');
        var schemeEnd = connectionString.IndexOf("://", StringComparison.Ordinal);
        if (at < 0 || schemeEnd < 0 || at < schemeEnd)
            return connectionString;
        var colon = connectionString.IndexOf(':', schemeEnd + 3);
        return colon > 0 && colon < at ? connectionString[..(colon + 1)] + "***" + connectionString[at..] : connectionString;
    }

    public override string ToString() =>
        $"{(Discover ? DiscoverScheme : Scheme)}{(HasCredentials ? $"{Username}:***@" : "")}{string.Join(',', Nodes)}?tls={(Tls ? "true" : "false")}"
        + (Discover ? $"&nodePreference={Discovery.NodePreference.ToOptionValue()}" : "");
}
