using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Api.Tests.Faults;
using Timeline.EventStore;
using Xunit.Abstractions;

namespace Timeline.Api.Tests.Hostile;

/// <summary>The sample records loaded, and writes not rate-limited, so the sweep's thousands of requests all reach the handlers.</summary>
public sealed class HostileSweepApi() : TimelineApiFactory(loadSampleData: true, settings: new Dictionary<string, string>
{
    ["Api:RateLimits:WritesPerSecond"] = "1000000",
    ["Api:RateLimits:WriteBurst"] = "1000000",
});

/// <summary>
/// Every operation the OpenAPI document lists gets hostile values in each of its path and query parameters, odd
/// conditional headers, and bodies of every wrong shape, size, type and encoding. Every answer must be a 2xx/3xx or a
/// problem that says what was wrong, none a 5xx, each within a bound; afterwards the log holds only events of requests
/// the service accepted, and the service still records and folds.
/// </summary>
public sealed class Sweeping_every_operation_with_hostile_input(HostileSweepApi factory, ITestOutputHelper output)
    : IClassFixture<HostileSweepApi>
{
    private const int DefaultSeed = 20261124;
    private const int RandomValuesPerSlot = 3;

    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task Every_operation_refuses_hostile_input_with_a_problem_in_bounded_time_and_writes_nothing_it_refused()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("HOSTILE_SEED"), CultureInfo.InvariantCulture, out var given) ? given : DefaultSeed;
        output.WriteLine($"Seed {seed} (replay with HOSTILE_SEED={seed}).");
        var operations = SweptOperation.All(await _api.GetJsonAsync("/openapi/v1.json"));
        var bases = await ValidBodies.ForAsync(_api, factory.Services);
        var missing = operations.Where(op => op.BodyTypes.Count > 0 && !bases.Bodies.ContainsKey(op.Name)).Select(op => op.Name).ToList();
        Assert.True(missing.Count == 0, "The sweep has no valid body for: " + string.Join(", ", missing));

        var store = factory.Services.GetRequiredService<IEventStore>();
        var headBefore = await store.ReadHeadPositionAsync();
        var sweep = new HostileSweep(_api.Http);
        var input = new HostileInput(seed);
        var clock = Stopwatch.StartNew();
        foreach (var operation in operations)
            await SweepAsync(operation, bases, input, sweep);
        var swept = clock.Elapsed;

        await CheckTheLogAsync(store, headBefore, sweep);
        await CheckTheServiceStillWorksAsync(sweep);

        var slowest = sweep.Sent.MaxBy(s => s.Elapsed)!;
        output.WriteLine($"{sweep.Sent.Count} requests over {operations.Count} operations in {swept.TotalSeconds:0.0} s " +
            $"({sweep.Unsendable} values not expressible as an address); slowest {slowest.Elapsed.TotalMilliseconds:0} ms: {slowest.What}.");
        output.WriteLine("Answers: " + string.Join(", ", sweep.Sent.GroupBy(s => s.Status).OrderBy(g => g.Key).Select(g => $"{g.Key} x{g.Count()}")));
        foreach (var finding in sweep.Findings.Take(200))
            output.WriteLine(finding);
        Assert.True(sweep.Findings.Count == 0,
            $"{sweep.Findings.Count} findings (seed {seed}), the first: " + string.Join("\n", sweep.Findings.Take(15)));
    }

    private static async Task SweepAsync(SweptOperation operation, ValidBodies bases, HostileInput input, HostileSweep sweep)
    {
        var body = bases.Bodies.GetValueOrDefault(operation.Name);
        var bytes = body is null ? null : HostileInput.Utf8(body);
        string PathWith(string? name, string? value) => operation.Path.Split('/').Aggregate("", (path, segment) =>
            path.Length == 0 && segment.Length == 0 ? "" : path + "/" + (segment.StartsWith('{')
                ? segment.Trim('{', '}') is var parameter && parameter == name ? value : bases.PathValue(parameter)
                : segment));

        foreach (var parameter in operation.In("path"))
        {
            foreach (var value in HostileInput.AddressValues.Concat(input.RandomAddressValues(RandomValuesPerSlot)))
                await sweep.SendAsync(operation, $"path {parameter.Name}={HostileSweep.Cut(value)}", PathWith(parameter.Name, value), bytes);
        }
        foreach (var parameter in operation.In("query"))
        {
            foreach (var value in HostileInput.AddressValues.Concat(input.RandomAddressValues(RandomValuesPerSlot)))
                await sweep.SendAsync(operation, $"query {parameter.Name}={HostileSweep.Cut(value)}",
                    $"{PathWith(null, null)}?{parameter.Name}={value}", bytes);
        }
        await sweep.SendAsync(operation, "a query of 100 KB", $"{PathWith(null, null)}?q={new string('q', 100_000)}", bytes);
        if (operation.Method == "GET")
        {
            foreach (var (header, value) in HostileInput.ReadHeaders)
                await sweep.SendAsync(operation, $"{header}: {HostileSweep.Cut(value)}", PathWith(null, null), headers: [(header, value)]);
        }
        if (operation.In("header").Any(p => p.Name == "If-Match"))
        {
            foreach (var value in HostileInput.IfMatchValues)
                await sweep.SendAsync(operation, $"If-Match: {HostileSweep.Cut(value)}", PathWith(null, null), bytes, headers: [("If-Match", value)]);
        }
        if (body is null)
            return;
        var path = PathWith(null, null);
        foreach (var contentType in HostileInput.ContentTypes)
            await sweep.SendAsync(operation, $"Content-Type: {contentType ?? "(none)"}", path, bytes, contentType);
        foreach (var (what, whole) in HostileInput.WholeBodies(body, bases.MaxBodyBytes))
            await sweep.SendAsync(operation, $"a body that is {what}", path, whole);
        foreach (var field in operation.BodyFields)
        {
            foreach (var value in HostileInput.FieldValues)
                await sweep.SendAsync(operation, $"{field}: {HostileSweep.Cut(value)}", path, HostileInput.Utf8(ValidBodies.WithField(body, field, value)));
        }
        foreach (var damaged in input.RandomlyDamaged(body, RandomValuesPerSlot * 3))
            await sweep.SendAsync(operation, $"a damaged body {HostileSweep.Cut(System.Text.Encoding.UTF8.GetString(damaged))}", path, damaged);
    }

    /// <summary>Every event written since the sweep began belongs to a request the service accepted, and every accepted write is in the log.</summary>
    private static async Task CheckTheLogAsync(IEventStore store, long headBefore, HostileSweep sweep)
    {
        var accepted = sweep.Sent.Where(s => s.Status is >= 200 and < 300).ToDictionary(s => s.Correlation);
        var written = new HashSet<Guid>();
        var expectedPosition = headBefore;
        await foreach (var stored in store.ReadAllAsync(headBefore))
        {
            if (stored.Position != ++expectedPosition)
                sweep.Find($"The log jumps from position {expectedPosition - 1} to {stored.Position}");
            expectedPosition = stored.Position;
            written.Add(stored.Metadata.CorrelationId);
            if (!accepted.ContainsKey(stored.Metadata.CorrelationId))
                sweep.Find($"Event {stored.Position} ({stored.Type}) was written by a request that was not accepted " +
                    $"({sweep.Sent.FirstOrDefault(s => s.Correlation == stored.Metadata.CorrelationId)?.What ?? "unknown"})");
        }
        foreach (var write in accepted.Values.Where(s => s.Method == "POST" && AcknowledgedPosition(s.Body) > headBefore))
        {
            if (!written.Contains(write.Correlation))
                sweep.Find($"{write.What} was acknowledged at a position the log does not hold: {HostileSweep.Cut(write.Body)}");
        }
    }

    private static long AcknowledgedPosition(string body)
    {
        try
        {
            return JsonNode.Parse(body) is JsonObject ack && ack["position"] is JsonValue position && position.TryGetValue<long>(out var value) ? value : 0;
        }
        catch (System.Text.Json.JsonException)
        {
            return 0;
        }
    }

    private async Task CheckTheServiceStillWorksAsync(HostileSweep sweep)
    {
        using var live = await _api.Http.GetAsync("/health/live");
        if (!live.IsSuccessStatusCode)
            sweep.Find($"After the sweep /health/live answers {(int)live.StatusCode}");
        var ack = await ApiClient.AcceptedAsync(
            await _api.RecordAsync(Activities.Meeting(Activities.NewId("after-sweep"), Activities.NewId("after-sweep-partner"))),
            System.Net.HttpStatusCode.Created);
        var progress = await Eventually.ReadAsync(_api.ProgressAsync, p => p.Checkpoint >= ack.Position || p.LastError is not null,
            ApiClient.ProjectionTimeout, "the read models to fold the record written after the sweep");
        if (progress.LastError is not null)
            sweep.Find($"The read models stopped on an error: {progress.LastError}");
    }
}
