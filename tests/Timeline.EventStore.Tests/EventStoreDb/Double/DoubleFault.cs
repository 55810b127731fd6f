using Grpc.Core;

namespace Timeline.EventStore.Tests.EventStoreDb.Double;

/// <summary>A failure the double is told to show on its next call of one kind.</summary>
public abstract record DoubleFault
{
    /// <summary>A gRPC error with EventStoreDB's <c>exception</c> trailer and any others it sends with it.</summary>
    public static DoubleFault Refuse(StatusCode status, string exception, params (string Key, string Value)[] trailers) =>
        new Refusal(status, exception, trailers);

    /// <summary>The connection breaks; with <paramref name="afterWriting"/>, only once the append is stored.</summary>
    public static DoubleFault DropConnection(bool afterWriting = false) => new Drop(afterWriting);
}

public sealed record Refusal(StatusCode Status, string Exception, (string Key, string Value)[] Trailers) : DoubleFault
{
    public RpcException ToException()
    {
        var trailers = new Metadata { { "exception", Exception } };
        foreach (var (key, value) in Trailers)
            trailers.Add(key, value);
        return new RpcException(new Status(Status, $"The double refuses: {Exception}"), trailers);
    }
}

public sealed record Drop(bool AfterWriting) : DoubleFault;
