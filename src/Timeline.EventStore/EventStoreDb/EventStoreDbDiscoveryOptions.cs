using System.Globalization;

namespace Timeline.EventStore.EventStoreDb;

/// <summary>Which member of a cluster reads and subscriptions go to; writes always go to the leader.</summary>
public enum NodePreference
{
    Leader,
    Follower,
    Random,
    ReadOnlyReplica,
}

/// <summary>
/// How a cluster is discovered through gossip, named and defaulted as in the official clients' connection
/// strings: <c>maxDiscoverAttempts</c> (10), <c>discoveryInterval</c> (100 ms), <c>gossipTimeout</c> (5,000 ms)
/// and <c>nodePreference</c> (leader).
/// </summary>
public sealed record EventStoreDbDiscoveryOptions
{
    /// <summary>Rounds over the known members and seeds before a discovery gives up.</summary>
    public int MaxDiscoverAttempts { get; init; } = 10;

    /// <summary>The wait between two rounds.</summary>
    public TimeSpan DiscoveryInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>How long one node's gossip may take to answer before the next one is asked.</summary>
    public TimeSpan GossipTimeout { get; init; } = TimeSpan.FromSeconds(5);

    public NodePreference NodePreference { get; init; } = NodePreference.Leader;
}

public static class NodePreferenceNames
{
    /// <summary>The spelling of the official clients' connection strings.</summary>
    public static string ToOptionValue(this NodePreference preference) => preference switch
    {
        NodePreference.Follower => "follower",
        NodePreference.Random => "random",
        NodePreference.ReadOnlyReplica => "readOnlyReplica",
        _ => "leader",
    };

    public static bool TryParse(string value, out NodePreference preference)
    {
        var named = Enum.GetValues<NodePreference>().Where(p => p.ToOptionValue().Equals(value, StringComparison.OrdinalIgnoreCase)).ToArray();
        preference = named.FirstOrDefault();
        return named.Length == 1;
    }
}

/// <summary>The query options of a connection string, read one pair at a time.</summary>
internal sealed class ConnectionOptions
{
    public bool Tls { get; private set; } = true;

    public bool VerifyCertificate { get; private set; } = true;

    public EventStoreDbDiscoveryOptions Discovery { get; private set; } = new();

    /// <summary>
    /// Takes one option; false with a problem when its value is wrong, false without one when the option is
    /// another of the official clients' (timeouts, keep-alive...), accepted and left to its default.
    /// </summary>
    public bool Read(string key, string value, out string? problem)
    {
        problem = null;
        switch (key.ToLowerInvariant())
        {
            case "tls":
                return Bool(key, value, v => Tls = v, out problem);
            case "tlsverifycert":
                return Bool(key, value, v => VerifyCertificate = v, out problem);
            case "nodepreference":
                if (NodePreferenceNames.TryParse(value, out var preference))
                {
                    Discovery = Discovery with { NodePreference = preference };
                    return true;
                }
                problem = $"nodePreference must be leader, follower, random or readOnlyReplica, not '{value}'";
                return false;
            case "maxdiscoverattempts":
                return Number(key, value, 1, v => Discovery = Discovery with { MaxDiscoverAttempts = v }, out problem);
            case "discoveryinterval":
                return Number(key, value, 0, v => Discovery = Discovery with { DiscoveryInterval = TimeSpan.FromMilliseconds(v) }, out problem);
            case "gossiptimeout":
                return Number(key, value, 1, v => Discovery = Discovery with { GossipTimeout = TimeSpan.FromMilliseconds(v) }, out problem);
            default:
                return false;
        }
    }

    private static bool Bool(string key, string value, Action<bool> set, out string? problem)
    {
        problem = bool.TryParse(value, out var parsed) ? null : $"{key} must be true or false, not '{value}'";
        if (problem is null)
            set(parsed);
        return problem is null;
    }

    private static bool Number(string key, string value, int minimum, Action<int> set, out string? problem)
    {
        var valid = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed >= minimum;
        problem = valid ? null : $"{key} must be a whole number of at least {minimum}{(key.EndsWith("attempts", StringComparison.OrdinalIgnoreCase) ? "" : " (milliseconds)")}, not '{value}'";
        if (valid)
            set(parsed);
        return valid;
    }
}
