using System.Globalization;
using Grpc.Core;

namespace Timeline.EventStore.EventStoreDb;

/// <summary>Turns the server's gRPC errors into the exceptions of the port and of this adapter.</summary>
internal static class EventStoreDbErrors
{
    public const string StreamNotFound = "stream-not-found";

    public static string? Cause(RpcException error) => error.Trailers.GetValue("exception");

    public static Exception Map(RpcException error, string stream, ExpectedRevision? expected = null)
    {
        var trailers = error.Trailers;
        return Cause(error) switch
        {
            "stream-deleted" => new StreamDeletedException(trailers.GetValue("stream-name") ?? stream, error),
            "wrong-expected-version" => new WrongExpectedVersionException(stream, expected ?? ExpectedRevision.Any,
                ParseLong(trailers.GetValue("actual-version")) ?? -1),
            "access-denied" => new EventStoreAccessDeniedException($"EventStoreDB denied access to '{stream}'.", error),
            "not-leader" => new NotLeaderException(Leader(trailers), error),
            "maximum-append-size-exceeded" or "maximum-append-event-size-exceeded" =>
                new AppendTooLargeException(stream, (int?)ParseLong(trailers.GetValue("maximum-append-size")), error),
            "missing-required-metadata-property" => new MissingEventMetadataException(
                trailers.GetValue("required-metadata-properties") ?? trailers.GetValue("required-properties"), error),
            "invalid-transaction" => new InvalidTransactionException(error),
            StreamNotFound => new EventStoreServerException(StreamNotFound, $"Stream '{stream}' does not exist.", error),
            { } cause => new EventStoreServerException(cause, $"EventStoreDB refused the request on '{stream}' ({cause}): {error.Status.Detail}", error),
            null when error.StatusCode is StatusCode.Unauthenticated or StatusCode.PermissionDenied =>
                new EventStoreAccessDeniedException($"EventStoreDB refused the credentials: {error.Status.Detail}", error),
            null when IsTransport(error) => new EventStoreUnavailableException($"EventStoreDB is unreachable: {error.Status.Detail}", error),
            null => new EventStoreServerException(error.StatusCode.ToString(), $"EventStoreDB failed the request on '{stream}': {error.Status.Detail}", error),
        };
    }

    /// <summary>
    /// Failures that say nothing was decided by the server: the connection broke, or the node was not ready.
    /// Only these (and not-leader) are worth repeating a write for. Callers turn our own cancellation into
    /// <see cref="OperationCanceledException"/> first, so a cancelled call here was cut by the other side.
    /// </summary>
    public static bool IsTransport(RpcException error) =>
        Cause(error) is null && error.StatusCode is StatusCode.Unavailable or StatusCode.Internal or StatusCode.Unknown
            or StatusCode.Aborted or StatusCode.Cancelled or StatusCode.DeadlineExceeded or StatusCode.ResourceExhausted;

    /// <summary>Whether repeating the request may succeed where this attempt failed.</summary>
    public static bool IsRetryable(Exception error) => error is EventStoreUnavailableException or NotLeaderException;

    private static EventStoreDbEndpoint? Leader(Metadata trailers) =>
        trailers.GetValue("leader-endpoint-host") is { Length: > 0 } host && ParseLong(trailers.GetValue("leader-endpoint-port")) is { } port
            ? new EventStoreDbEndpoint(host, (int)port)
            : null;

    private static long? ParseLong(string? value) =>
        long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
}
