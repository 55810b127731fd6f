using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Auditing.Checkpoints;
using Timeline.Auditing.Tree;
using Timeline.Auditing.Verification;

namespace Timeline.Auditing;

public static class AuditingServiceCollectionExtensions
{
    /// <summary>
    /// The verifiable log: the tree in <c>auditlog.db</c>, its follower, signed checkpoints (by count and by
    /// time) with the key in <c>log-signing-key.pem</c> unless configured, and the verifier.
    /// </summary>
    public static IServiceCollection AddTimelineAuditing(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        var section = configuration.GetSection(AuditingOptions.Section);
        var defaults = new AuditingOptions();
        var options = new AuditingOptions
        {
            CheckpointEveryEvents = section[nameof(AuditingOptions.CheckpointEveryEvents)] is { } events
                ? int.Parse(events, CultureInfo.InvariantCulture) : defaults.CheckpointEveryEvents,
            CheckpointEverySeconds = section[nameof(AuditingOptions.CheckpointEverySeconds)] is { } seconds
                ? double.Parse(seconds, CultureInfo.InvariantCulture) : defaults.CheckpointEverySeconds,
            SigningKeyPath = section[nameof(AuditingOptions.SigningKeyPath)],
            SigningKeyPem = section[nameof(AuditingOptions.SigningKeyPem)],
        };
        services.AddSingleton(options);
        services.AddSingleton(_ => new MerkleTreeStore(Path.Combine(dataDirectory, "auditlog.db")));
        services.AddSingleton(_ => new SigningKey(options, Path.Combine(dataDirectory, "log-signing-key.pem")));
        services.AddSingleton<CheckpointStore>();
        services.AddSingleton<Checkpointer>();
        services.AddSingleton<LogVerifier>();
        services.AddHostedService<TreeFollower>();
        services.AddHostedService<CheckpointTimer>();
        return services;
    }
}
