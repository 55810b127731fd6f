namespace Timeline.Api.Telemetry;

/// <summary>Where the service's traces, metrics and logs go besides the console.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>The name the service reports itself under; <c>OTEL_SERVICE_NAME</c> wins when set.</summary>
    public string ServiceName { get; set; } = "ouc-timeline";

    public OtlpOptions Otlp { get; set; } = new();

    public PrometheusOptions Prometheus { get; set; } = new();
}

public sealed class OtlpOptions
{
    /// <summary>A collector to export traces, metrics and logs to; <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> does the same.</summary>
    public string? Endpoint { get; set; }

    /// <summary><c>grpc</c> (port 4317 by convention) or <c>http/protobuf</c> (4318).</summary>
    public string Protocol { get; set; } = "grpc";
}

public sealed class PrometheusOptions
{
    /// <summary>Serve the metrics in Prometheus' text format at <see cref="Path"/>, to anyone who can reach the port.</summary>
    public bool Enabled { get; set; } = true;

    public string Path { get; set; } = "/metrics";
}
