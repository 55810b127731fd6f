using MassTransit;
using Timeline.Api.Validation;
using Timeline.Domain;

namespace Timeline.Api.Messaging.Consuming;

/// <summary>
/// A message the service refuses will be refused again: it goes straight to the error queue, with the reason in
/// its fault headers. Anything else (the store busy or down) is retried a few times before it is given up.
/// </summary>
public sealed class RecordActivityConsumerDefinition : ConsumerDefinition<RecordActivityConsumer>
{
    public RecordActivityConsumerDefinition() => EndpointName = "record-activity";

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<RecordActivityConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(retry =>
        {
            retry.Ignore<RequestValidationException>();
            retry.Ignore<DomainException>();
            retry.Incremental(3, TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(500));
        });
    }
}
