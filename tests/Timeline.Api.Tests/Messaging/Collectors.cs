using System.Collections.Concurrent;
using MassTransit;
using Timeline.Contracts;

namespace Timeline.Api.Tests.Messaging;

/// <summary>One integration message as a subscriber saw it.</summary>
public sealed record Received(Guid? MessageId, Guid? CorrelationId, string Type, string RecordId, long Position);

/// <summary>A subscriber to record changes that keeps everything it receives, in order of arrival.</summary>
public sealed class ChangeCollector
    : IConsumer<RecordRecordedV1>, IConsumer<RecordCorrectedV1>, IConsumer<RecordReviewedV1>, IConsumer<RecordRetractedV1>
{
    private readonly ConcurrentQueue<Received> _received = new();

    public IReadOnlyList<Received> Received => _received.ToArray();

    public Task Consume(ConsumeContext<RecordRecordedV1> context) => Keep(context, context.Message.RecordId, context.Message.Position);
    public Task Consume(ConsumeContext<RecordCorrectedV1> context) => Keep(context, context.Message.RecordId, context.Message.Position);
    public Task Consume(ConsumeContext<RecordReviewedV1> context) => Keep(context, context.Message.RecordId, context.Message.Position);
    public Task Consume(ConsumeContext<RecordRetractedV1> context) => Keep(context, context.Message.RecordId, context.Message.Position);

    private Task Keep<T>(ConsumeContext<T> context, string recordId, long position) where T : class
    {
        _received.Enqueue(new Received(context.MessageId, context.CorrelationId, typeof(T).Name, recordId, position));
        return Task.CompletedTask;
    }

    /// <summary>Waits, at most <paramref name="timeout"/>, until <paramref name="done"/> holds for what has arrived.</summary>
    public async Task<IReadOnlyList<Received>> WaitForAsync(Func<IReadOnlyList<Received>, bool> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!done(Received))
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Only {Received.Count} messages arrived within {timeout.TotalSeconds} s.");
            await Task.Delay(50);
        }
        return Received;
    }
}

/// <summary>Reads the error queue of the record command consumer: the refused commands and why.</summary>
public sealed class ErrorQueueReader : IConsumer<RecordActivityV1>
{
    private readonly ConcurrentQueue<(RecordActivityV1 Message, string? Reason)> _faulted = new();

    public IReadOnlyList<(RecordActivityV1 Message, string? Reason)> Faulted => _faulted.ToArray();

    public Task Consume(ConsumeContext<RecordActivityV1> context)
    {
        // The fault's reason travels in the headers the bus adds when it moves a message to the error queue.
        var reason = context.ReceiveContext.TransportHeaders.Get<string>("MT-Fault-Message");
        _faulted.Enqueue((context.Message, reason));
        return Task.CompletedTask;
    }
}
