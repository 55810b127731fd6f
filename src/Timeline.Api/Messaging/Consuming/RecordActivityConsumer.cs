using System.Text.Json;
using MassTransit;
using MediatR;
using Timeline.Api.Records;
using Timeline.Api.Validation;
using Timeline.Contracts;
using Timeline.Domain;
using Timeline.EventStore.Serialization;

namespace Timeline.Api.Messaging.Consuming;

/// <summary>
/// Records an activity sent on the bus through the same command, and so the same checks, as
/// <c>POST /api/records</c>. A record that is already there is not an error: the message was a repeat.
/// </summary>
public sealed class RecordActivityConsumer(IMediator mediator, ILogger<RecordActivityConsumer> logger) : IConsumer<RecordActivityV1>
{
    private static readonly JsonSerializerOptions Strict = new(EventJson.Options)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    public async Task Consume(ConsumeContext<RecordActivityV1> context)
    {
        var input = Parse(context.Message.Activity);
        var causation = context.MessageId ?? Guid.NewGuid();
        var caller = new Caller(string.IsNullOrWhiteSpace(context.Message.Sender) ? "bus" : context.Message.Sender,
            context.CorrelationId ?? causation, causation);
        try
        {
            await mediator.Send(new RecordActivityCommand(input, caller), context.CancellationToken);
        }
        catch (Exception e) when (e is WriteTakenException || e is DomainException { Code: DomainErrors.RecordAlreadyExists })
        {
            logger.LogInformation("Record already present, message {MessageId} ignored: {Reason}", context.MessageId, e.Message);
        }
    }

    private static ActivityInput Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<ActivityInput>(json, Strict)
                ?? throw RequestValidationException.For("activity", "is null: send the JSON body POST /api/records takes");
        }
        catch (JsonException e)
        {
            throw RequestValidationException.For("activity", $"is not a valid activity: {e.Message}");
        }
    }
}
