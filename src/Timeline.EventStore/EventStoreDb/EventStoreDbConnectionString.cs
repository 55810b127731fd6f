using System.Globalization;

namespace Timeline.EventStore.EventStoreDb;

/// <summary>One node's address.</summary>
public sealed record EventStoreDbEndpoint(string Host, int Port)
{
    public override string ToString() => $"{Host}:{Port.ToString(CultureInfo.InvariantCulture)}";
}

/// <summary>
/// Where EventStoreDB is and how to talk to it: <c>esdb://[user:password@]host[:port][,host[:port]...][?tls=true|false&amp;tlsVerifyCert=true|false]</c>.
/// TLS is on unless switched off, as in the official clients, so that a forgotten option fails loudly
/// rather than sending credentials in clear.
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

    public bool HasCredentials => Username is not null;

    public static EventStoreDbConnectionString Parse(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        var text = connectionString.Trim();
        if (!text.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
            throw Invalid(connectionString, text.StartsWith("esdb+discover://", StringComparison.OrdinalIgnoreCase)
                ? "cluster discovery (esdb+discover://) is not supported; list the nodes instead: esdb://node1:2113,node2:2113"
                : "it must start with esdb://");
        var rest = text[Scheme.Length..];
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

        var nodes = rest.Split(',', StringSplitOptions.TrimEntries).Select(n => ParseNode(connectionString, n)).ToList();
        var (tls, verify) = ParseOptions(connectionString, query);
        return new EventStoreDbConnectionString(nodes, tls, verify, username, password);
    }

    private static EventStoreDbEndpoint ParseNode(string connectionString, string node)
    {
        if (node.Length == 0)
            throw Invalid(connectionString, "a host is missing");
        var colon = node.LastIndexOf(':');
        if (colon < 0)
            return new EventStoreDbEndpoint(node, DefaultPort);
        var host = node[..colon];
        if (host.Length == 0 || !int.TryParse(node[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
            throw Invalid(connectionString, $"'{node}' is not host:port");
        return new EventStoreDbEndpoint(host, port);
    }

    private static (bool Tls, bool VerifyCertificate) ParseOptions(string connectionString, string query)
    {
        var (tls, verify) = (true, true);
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            var key = equals < 0 ? pair : pair[..equals];
            var value = equals < 0 ? "" : Uri.UnescapeDataString(pair[(equals + 1)..]);
            // Other options of the official clients (timeouts, node preference...) are accepted and left to defaults.
            if (key.Equals("tls", StringComparison.OrdinalIgnoreCase))
                tls = ParseBool(connectionString, key, value);
            else if (key.Equals("tlsVerifyCert", StringComparison.OrdinalIgnoreCase))
                verify = ParseBool(connectionString, key, value);
        }
        return (tls, verify);
    }

    private static bool ParseBool(string connectionString, string key, string value) =>
        bool.TryParse(value, out var parsed) ? parsed : throw Invalid(connectionString, $"{key} must be true or false, not '{value}'");

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
        $"esdb://{(HasCredentials ? $"{Username}:***@" : "")}{string.Join(',', Nodes)}?tls={(Tls ? "true" : "false")}";
}
