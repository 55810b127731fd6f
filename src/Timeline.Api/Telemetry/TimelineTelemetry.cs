using System.Diagnostics;

namespace Timeline.Api.Telemetry;

/// <summary>The API's own spans: one per mediator request, between the HTTP request's span and the store's.</summary>
public static class TimelineTelemetry
{
    public const string SourceName = "Timeline.Api";

    internal static readonly ActivitySource Source = new(SourceName);
}
