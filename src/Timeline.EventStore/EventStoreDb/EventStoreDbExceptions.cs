namespace Timeline.EventStore.EventStoreDb;

/// <summary>EventStoreDB refused a request for a reason it named (the <c>exception</c> trailer of its reply).</summary>
public class EventStoreServerException(string cause, string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The server's name for the failure, e.g. <c>access-denied</c>.</summary>
    public string Cause { get; } = cause;
}

/// <summary>The stream was deleted or tombstoned: it can no longer be written (and, if tombstoned, read).</summary>
public sealed class StreamDeletedException(string stream, Exception? inner = null)
    : EventStoreServerException("stream-deleted", $"Stream '{stream}' has been deleted.", inner)
{
    public string Stream { get; } = stream;
}

/// <summary>The credentials are missing, wrong, or not allowed to do this.</summary>
public sealed class EventStoreAccessDeniedException(string message, Exception? inner = null)
    : EventStoreServerException("access-denied", message, inner);

/// <summary>The node is a follower and the request needs the leader; the reply says where the leader is.</summary>
public sealed class NotLeaderException(EventStoreDbEndpoint? leader, Exception? inner = null)
    : EventStoreServerException("not-leader", leader is null ? "The node is not the leader and knows no leader." : $"The node is not the leader; the leader is {leader}.", inner)
{
    public EventStoreDbEndpoint? Leader { get; } = leader;
}

/// <summary>The events of one append are bigger than the server accepts (1 MiB by default). Nothing was written.</summary>
public sealed class AppendTooLargeException(string stream, int? maximumBytes, Exception? inner = null)
    : EventStoreServerException("maximum-append-size-exceeded",
        $"The append to '{stream}' is bigger than the server's maximum{(maximumBytes is { } max ? $" of {max} bytes" : "")}. Nothing was written.", inner)
{
    public int? MaximumBytes { get; } = maximumBytes;
}

/// <summary>An event lacked metadata the server requires (its type or content type): a bug on our side.</summary>
public sealed class MissingEventMetadataException(string? properties, Exception? inner = null)
    : EventStoreServerException("missing-required-metadata-property", $"The server requires the event metadata {properties ?? "type and content-type"}.", inner);

/// <summary>The server found the write's transaction invalid. Nothing was written.</summary>
public sealed class InvalidTransactionException(Exception? inner = null)
    : EventStoreServerException("invalid-transaction", "The server refused the write as an invalid transaction. Nothing was written.", inner);
