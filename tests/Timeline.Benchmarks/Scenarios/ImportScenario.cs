using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Timeline.Api;
using Timeline.Api.Imports;
using Timeline.Api.Records;
using Timeline.Benchmarks.Harness;
using Timeline.EventStore;
using Timeline.EventStore.Sqlite;
using Timeline.Importing;

namespace Timeline.Benchmarks.Scenarios;

/// <summary>
/// The extractor's paragraphs per second on one core (baseline: splitting and hashing the same paragraphs,
/// the least any import does), and a whole import into the embedded store (baseline: the same number of
/// single-event appends, with nothing read or checked).
/// </summary>
public static class ImportScenario
{
    private const int WarmUpParagraphs = 5_000;

    public static async Task<IReadOnlyList<Result>> RunAsync(int paragraphs)
    {
        var page = SyntheticAnnouncements.Page(paragraphs);
        var split = Paragraphs.Split(page);
        // The service reads pages for as long as it runs, so the figure is its steady pace: first a page of other
        // paragraphs goes through while the just-in-time compiler optimises the extractor. That pass is shown too.
        // The lexicon's patterns are compiled on a background thread from the first paragraph on (in a service, from its
        // first import, or at its start with Api:WarmImporterAtStart); the count waits for them, so that making their code
        // is not counted as reading paragraphs.
        var clock = Stopwatch.StartNew();
        var compiledIn = AnnouncementExtractor.Warm().ContinueWith(_ => clock.Elapsed.TotalSeconds, TaskScheduler.Default);
        var warmUp = Paragraphs.Split(SyntheticAnnouncements.Page(WarmUpParagraphs, seed: 11));
        var firstPass = await Measure.RateAsync(warmUp.Count, () => ExtractAll(warmUp));
        var compiledSeconds = await compiledIn;

        var hashed = 0;
        var baseline = await Measure.RateAsync(split.Count, () =>
        {
            foreach (var paragraph in Paragraphs.Split(page))
                hashed += SHA256.HashData(Encoding.UTF8.GetBytes(paragraph))[0] & 1;
            return Task.CompletedTask;
        });
        // On a shared machine the wall rate follows the load; the process's CPU time a paragraph does less so.
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var extracted = await Measure.RateAsync(split.Count, () => ExtractAll(split));
        var cpuPerParagraph = (Environment.CpuUsage.TotalTime - cpuBefore).TotalMicroseconds / split.Count;

        // A paragraph of capitals, the input whose cost once grew with the square of its length.
        var capitals = string.Concat(Enumerable.Repeat("THE OPEN UNIVERSITY OF CHINA SIGNED AN AGREEMENT WITH THE UNIVERSITY OF NAIROBI IN MAY ", 1_200))[..100_000];
        var capitalsSeconds = await Measure.RateAsync(1, () =>
        {
            AnnouncementExtractor.Extract(capitals, 0, null);
            return Task.CompletedTask;
        }) is var rate and > 0 ? 1 / rate : double.PositiveInfinity;

        var folder = Measure.Folder("import");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [$"--Storage:DataDirectory={folder}", "--SampleData:LoadOnEmptyStore=false", $"--Api:MaxImportParagraphs={split.Count}"],
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddTimeline();
        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var caller = new Caller("benchmark", Guid.NewGuid(), Guid.NewGuid(), "benchmark");
        ImportReport? report = null;
        var imported = await Measure.RateAsync(split.Count, async () =>
            report = await mediator.Send(new ImportAnnouncementsCommand(new ImportDocument("benchmark-page", null, "2025-01-01", page), false, caller)));

        using var store = new SqliteEventStore(Path.Combine(Measure.Folder("import-baseline"), "events.db"));
        var appends = await Measure.RateAsync(split.Count, () => Task.WhenAll(Enumerable.Range(0, 16).Select(lane => Task.Run(async () =>
        {
            for (var i = lane; i < split.Count; i += 16)
                await store.AppendAsync($"plain-{i}", ExpectedRevision.NoStream,
                    [new EventData(Guid.NewGuid(), "Plain.v1", Encoding.UTF8.GetBytes(split[i]), Measure.Metadata)]);
        }))));

        var seconds = split.Count / imported;
        var counts = string.Join(", ", report!.Counts.OrderBy(c => c.Key).Select(c => $"{c.Value:#,0} {c.Key}"));
        return
        [
            new Result("import (extractor)", $"paragraphs read into facts, one core ({split.Count:#,0} paragraphs, after a first pass over {warmUp.Count:#,0} others at {firstPass:#,0}/s and the lexicon's patterns compiled, {compiledSeconds:0.0} s from the start; {cpuPerParagraph:0} µs of the process's CPU a paragraph)", extracted, "paragraphs/s",
                "split and hash only", baseline, ">= 5,000 paragraphs/s", extracted >= 5_000),
            new Result("import (capitals)", "one paragraph of 100,000 characters in capitals read into facts", capitalsSeconds, "s",
                "no baseline", 1, "< 1 s", capitalsSeconds < 1),
            new Result("import (end to end)", $"{split.Count:#,0} paragraphs imported into the embedded store in {seconds:0.0} s ({counts})", imported, "paragraphs/s",
                "plain appends, 16 writers", appends, "100,000 paragraphs in < 60 s", paragraphs >= 100_000 ? seconds < 60 : null),
        ];
    }

    private static Task ExtractAll(IReadOnlyList<string> paragraphs)
    {
        for (var i = 0; i < paragraphs.Count; i++)
            AnnouncementExtractor.Extract(paragraphs[i], i, null);
        return Task.CompletedTask;
    }
}
