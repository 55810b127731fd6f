using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Timeline.EventStore.Telemetry;
using Timeline.Projections.Telemetry;

namespace Timeline.Api.Telemetry;

public static class TelemetryExtensions
{
    // System.Runtime: the runtime's own meter (GC, thread pool, CPU), free to collect once someone scrapes.
    private static readonly string[] Meters =
        [TimelineMetrics.MeterName, EventStoreMetrics.MeterName, ProjectionMetrics.MeterName, "System.Runtime"];

    private static readonly string[] Sources =
        [TimelineTelemetry.SourceName, EventStoreTelemetry.SourceName, FoldSpans.SourceName, "MassTransit"];

    /// <summary>
    /// Metrics for the Prometheus endpoint (on unless <c>Telemetry:Prometheus:Enabled</c> is false), and traces,
    /// metrics and logs to an OTLP collector when one is configured. The spans and meters themselves are plain
    /// System.Diagnostics ones: with nothing configured they cost next to nothing.
    /// </summary>
    public static WebApplicationBuilder AddTimelineTelemetry(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var section = configuration.GetSection(TelemetryOptions.Section);
        var options = section.Get<TelemetryOptions>() ?? new TelemetryOptions();
        builder.Services.Configure<TelemetryOptions>(section);
        builder.Services.AddSingleton<TimelineMetrics>();
        // The formatters share one options section, whose timestamp ends in the space the single-line format needs.
        builder.Services.PostConfigure<JsonConsoleFormatterOptions>(json => json.TimestampFormat = json.TimestampFormat?.TrimEnd());

        var otlp = OtlpEndpoint(options.Otlp);
        var environmentOtlp = configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] is { Length: > 0 };
        if (!options.Prometheus.Enabled && otlp is null && !environmentOtlp)
            return builder;

        var serviceName = configuration["OTEL_SERVICE_NAME"] is { Length: > 0 } named ? named : options.ServiceName;
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName,
                serviceVersion: typeof(TelemetryExtensions).Assembly.GetName().Version?.ToString()))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(Meters).AddAspNetCoreInstrumentation();
                if (options.Prometheus.Enabled)
                    metrics.AddPrometheusExporter();
            });
        if (otlp is null && !environmentOtlp)
            return builder;

        telemetry.WithTracing(tracing => tracing
                .AddSource(Sources)
                .AddAspNetCoreInstrumentation(http => http.Filter = context => !IsProbe(context.Request.Path, options)))
            .WithLogging();
        if (otlp is not null)
            telemetry.UseOtlpExporter(Protocol(options.Otlp.Protocol), otlp);
        else
            telemetry.UseOtlpExporter(); // reads the standard OTEL_EXPORTER_OTLP_* settings itself
        return builder;
    }

    /// <summary>The Prometheus scrape endpoint, outside the OpenAPI document: it answers text for machines, not JSON.</summary>
    public static WebApplication MapTimelineTelemetry(this WebApplication app)
    {
        var prometheus = app.Services.GetRequiredService<IOptions<TelemetryOptions>>().Value.Prometheus;
        if (prometheus.Enabled)
            app.MapPrometheusScrapingEndpoint(prometheus.Path).ExcludeFromDescription();
        return app;
    }

    // Health checks and scrapes arrive every few seconds: as traces they would bury the requests worth reading.
    private static bool IsProbe(PathString path, TelemetryOptions options) =>
        path.StartsWithSegments("/health") || path.StartsWithSegments(options.Prometheus.Path);

    private static Uri? OtlpEndpoint(OtlpOptions otlp)
    {
        if (otlp.Endpoint is not { Length: > 0 } endpoint)
            return null;
        return Uri.TryCreate(endpoint, UriKind.Absolute, out var uri)
            ? uri
            : throw new InvalidOperationException($"{TelemetryOptions.Section}:Otlp:Endpoint '{endpoint}' is not an absolute URL, e.g. http://collector:4317.");
    }

    private static OtlpExportProtocol Protocol(string protocol) => protocol.ToLowerInvariant() switch
    {
        "grpc" => OtlpExportProtocol.Grpc,
        "http/protobuf" => OtlpExportProtocol.HttpProtobuf,
        _ => throw new InvalidOperationException($"{TelemetryOptions.Section}:Otlp:Protocol '{protocol}' is unknown: use grpc or http/protobuf."),
    };
}
