namespace Timeline.EventStore;

/// <summary>A store that can tell, beyond answering reads, whether writes would go through now.</summary>
public interface IEventStoreHealth
{
    /// <summary>Null when writes can go through; otherwise why not, in a phrase for operators.</summary>
    Task<string?> ProblemAsync(CancellationToken cancellationToken);
}
