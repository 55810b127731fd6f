using System.Diagnostics;
using Span = System.Diagnostics.Activity;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Api.Telemetry;
using Timeline.EventStore.Telemetry;
using Timeline.EventStore.Tests.Telemetry;
using Timeline.Projections.Runner;
using Timeline.Projections.Telemetry;

namespace Timeline.Api.Tests.Telemetry;

/// <summary>
/// One trace from the HTTP request to the timelines, seen by a real ActivityListener. Each test sends its own W3C
/// traceparent, so spans of tests running alongside never mix in.
/// </summary>
public sealed class Tracing_a_write(EmptyStoreApi factory) : IClassFixture<EmptyStoreApi>, IDisposable
{
    private static readonly string[] Sources =
        ["Microsoft.AspNetCore", TimelineTelemetry.SourceName, EventStoreTelemetry.SourceName, FoldSpans.SourceName];

    private readonly ApiClient _api = factory.CreateApiClient();
    private readonly SpanCollector _spans = new(Sources);

    [Fact]
    public async Task A_recorded_activity_is_traced_from_the_request_through_the_mediator_and_the_append_to_its_fold()
    {
        // Appended before the runner follows the log, the event would be folded in bulk, where no fold spans are made.
        await factory.Services.GetRequiredService<ProjectionStatus>().Following.WaitAsync(ApiClient.ProjectionTimeout);
        var trace = ActivityTraceId.CreateRandom();
        // A registered host, so the write appends the record alone and registers nothing on the way.
        var host = Activities.NewId("host");
        await ApiClient.AcceptedAsync(await factory.CreateApiClient().PostAsync("/api/institutions",
            new System.Text.Json.Nodes.JsonObject { ["id"] = host, ["name"] = "Host" }), HttpStatusCode.Created);

        using var response = await SendTracedAsync(trace, Activities.Meeting(Activities.NewId("traced"), host));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var fold = await SpanAsync(trace, "projection.fold");
        var request = Assert.Single(Spans(trace), s => s.Kind == ActivityKind.Server);
        var mediator = Assert.Single(Spans(trace), s => s.OperationName == "mediator RecordActivityCommand");
        var append = Assert.Single(Spans(trace), s => s.OperationName == "eventstore.append");
        Assert.Equal(request.SpanId, mediator.ParentSpanId);
        Assert.Equal(mediator.SpanId, append.ParentSpanId);
        Assert.Contains(Spans(trace), s => s.OperationName == "eventstore.read_stream" && s.ParentSpanId == mediator.SpanId);
        Assert.Equal(append.SpanId, fold.ParentSpanId);
        Assert.Equal(ActivityStatusCode.Unset, mediator.Status);
    }

    [Fact]
    public async Task A_refused_write_shows_a_failed_mediator_span_and_no_append()
    {
        var trace = ActivityTraceId.CreateRandom();

        using var response = await SendTracedAsync(trace, Activities.Meeting(Activities.NewId("refused"), Activities.NewId("host"), date: "2020-13-45"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var mediator = await SpanAsync(trace, "mediator RecordActivityCommand");
        Assert.Equal(ActivityStatusCode.Error, mediator.Status);
        Assert.DoesNotContain(Spans(trace), s => s.OperationName == "eventstore.append");
    }

    private Task<HttpResponseMessage> SendTracedAsync(ActivityTraceId trace, JsonNode body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/records")
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Api-Key", TimelineApiFactory.Key);
        request.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");
        return _api.Http.SendAsync(request);
    }

    private List<Span> Spans(ActivityTraceId trace) => _spans.InTrace(trace);

    private Task<Span> SpanAsync(ActivityTraceId trace, string name) => _spans.WaitForAsync(trace, name, ApiClient.ProjectionTimeout);

    public void Dispose() => _spans.Dispose();
}
