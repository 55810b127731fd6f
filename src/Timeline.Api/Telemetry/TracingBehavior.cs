using System.Diagnostics;
using MediatR;

namespace Timeline.Api.Telemetry;

/// <summary>
/// A span per mediator request, named after its type, outermost in the pipeline so that a request refused by
/// validation shows in the trace too. Requests from the message bus get one as well as those from HTTP.
/// </summary>
public sealed class TracingBehavior<TRequest, TResponse> : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly string SpanName = $"mediator {typeof(TRequest).Name}";

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        using var activity = TimelineTelemetry.Source.StartActivity(SpanName);
        activity?.SetTag("timeline.request", typeof(TRequest).Name);
        try
        {
            return await next();
        }
        catch (Exception error)
        {
            activity?.SetTag("error.type", error.GetType().Name);
            activity?.SetStatus(ActivityStatusCode.Error, error.Message);
            throw;
        }
    }
}
