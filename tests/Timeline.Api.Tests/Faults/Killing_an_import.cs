using System.Text.Json.Nodes;
using Timeline.Api.Tests.CommandLine;
using Timeline.Domain.Records;
using Timeline.Domain.Sources;
using Xunit.Abstractions;

namespace Timeline.Api.Tests.Faults;

/// <summary>The <c>import</c> verb killed part-way through a long page, then run again on the same page.</summary>
public sealed class Killing_an_import(ITestOutputHelper output)
{
    private const int Paragraphs = 1_000;
    private static readonly string[] Partners = ["University of Nairobi", "Hanoi Open University", "Anadolu University", "Kenyatta University"];
    private static readonly string[] Months = ["January", "March", "May", "July", "September", "November"];

    [Fact]
    public async Task Every_paragraph_is_recorded_exactly_once_and_whole_and_the_counts_equal_a_fold_of_the_log()
    {
        var data = ApiProcess.TempFolder();
        var files = new StoreFiles(data);
        var page = Path.Combine(ApiProcess.TempFolder(), "long-page.txt");
        await File.WriteAllTextAsync(page, Page());
        string[] import = ["import", page, "--published-on", "2024-11-02", "--json", "--data", data];

        var (importer, said) = ApiProcess.Start(import);
        await Eventually.ReadAsync(() => File.Exists(files.EventsPath), exists => exists || importer.HasExited, Eventually.Patience, "the store file");
        var acknowledged = await Eventually.ReadAsync(files.ReadHeadAsync, head => head >= 60 || importer.HasExited, Eventually.Patience, "60 records");
        await ApiProcess.KillHardAsync(importer);
        var survivors = (await files.ReadLogAsync()).Select(e => e.Event.RecordId).ToHashSet();
        output.WriteLine($"killed after {acknowledged} acknowledged appends; {survivors.Count} records in the store");
        Assert.True(importer.ExitCode != 0, $"The import ended by itself before it was killed:\n{said}");

        var rerun = await ApiProcess.RunAsync(import, Eventually.Patience);
        Assert.True(rerun.ExitCode == 0, rerun.Error);
        var report = rerun.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!).ToList();
        var recorded = report.Where(p => p["recordId"] is not null && p["status"]!.GetValue<string>() is not ("skipped" or "invalid")).ToList();
        var log = await files.ReadLogAsync();

        Assert.InRange(survivors.Count, 1, recorded.Count - 1);
        Assert.Equal(survivors.Count, recorded.Count(p => p["status"]!.GetValue<string>() == "already-present"));
        Assert.All(log.GroupBy(e => e.Event.RecordId), record => Assert.Equal([0L], record.Select(e => e.Revision)));
        Assert.Equal(recorded.Select(p => p["recordId"]!.GetValue<string>()).Order(), log.Select(e => e.Event.RecordId).Order());
        // Whole: each record states the paragraph it came from, and that paragraph's text.
        var paragraphs = Page().Split("\n\n");
        Assert.All(log, e =>
        {
            var source = RecordState.Fold([e.Event]).Facts!.Source;
            Assert.Equal(paragraphs[source.ParagraphIndex!.Value], source.Text);
            Assert.Equal(Source.HashOf(source.Text!), source.Sha256);
        });

        await using var service = await RunningService.StartAsync(data);
        var api = new ApiClient(service.CreateClient());
        await Eventually.ReadAsync(api.ProgressAsync, progress => progress.Checkpoint >= log[^1].Position, Eventually.Patience, "the read models to catch up");
        Assert.Equal(KindCounts.Fold(log.Select(e => e.Event)), await KindCounts.FromApiAsync(api));
    }

    /// <summary>A long page of signings, varied in partner and date so each paragraph is a record of its own.</summary>
    private static string Page() => string.Join("\n\n", Enumerable.Range(0, Paragraphs).Select(i =>
        $"On {1 + i % 27} {Months[i % Months.Length]} {2001 + i % 23}, the Open University of China (OUC) and {Partners[i % Partners.Length]} "
        + $"signed a memorandum of understanding on course number {i}."));
}
