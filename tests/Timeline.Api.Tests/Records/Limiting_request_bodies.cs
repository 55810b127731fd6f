using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using static Timeline.Api.Tests.Activities;

namespace Timeline.Api.Tests.Records;

/// <summary>A body over <c>Api:MaxBodyBytes</c> is refused before it is parsed, whether or not its length is announced.</summary>
public sealed class Limiting_request_bodies(SmallBodyLimitApi factory) : IClassFixture<SmallBodyLimitApi>
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_413_against_the_body_and_writes_nothing()
    {
        var head = await _api.HeadAsync();

        using var response = await _api.RecordAsync(OversizedMeeting());

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains(SmallBodyLimitApi.Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            problem["errors"]!["body"]![0]!.GetValue<string>());
        Assert.Equal(head, await _api.HeadAsync());
    }

    [Fact]
    public async Task A_streamed_body_over_the_limit_without_a_length_is_refused_too()
    {
        var head = await _api.HeadAsync();
        using var content = new UnknownLengthContent(Encoding.UTF8.GetBytes(OversizedMeeting().ToJsonString()));

        using var response = await _api.PostRawAsync("/api/records", content);

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.NotEmpty(problem["errors"]!["body"]!.AsArray());
        Assert.Equal(head, await _api.HeadAsync());
    }

    [Fact]
    public async Task A_body_within_the_limit_is_accepted()
    {
        var body = Meeting(NewId("rec"), NewId("inst"));
        Assert.True(Encoding.UTF8.GetByteCount(body.ToJsonString()) < SmallBodyLimitApi.Limit);

        using var response = await _api.RecordAsync(body);

        await ApiClient.AcceptedAsync(response, HttpStatusCode.Created);
    }

    private static JsonObject OversizedMeeting()
    {
        var body = Meeting(NewId("rec"), NewId("inst"));
        body["places"] = new JsonArray(new string('x', SmallBodyLimitApi.Limit));
        return body;
    }

    /// <summary>Content sent in chunks, so the server cannot know its length up front.</summary>
    private sealed class UnknownLengthContent : HttpContent
    {
        private readonly byte[] bytes;

        public UnknownLengthContent(byte[] bytes)
        {
            this.bytes = bytes;
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        }

        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) =>
            stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }
}
