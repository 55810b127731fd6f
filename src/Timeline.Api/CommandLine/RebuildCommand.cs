using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Spectre.Console;
using Timeline.EventStore;
using Timeline.Projections.Runner;
using Timeline.Projections.Storage;

namespace Timeline.Api.CommandLine;

/// <summary>
/// <c>rebuild</c>: empties the read models and folds the whole log again from position 0. Run it with the
/// service stopped: the service's own runner would otherwise fold into the same tables at the same time.
/// </summary>
public static class RebuildCommand
{
    private static readonly Option<string?> Data = CommonOptions.Data();
    private static readonly Option<bool> Json = CommonOptions.Json();

    private static readonly Option<int> Stretch = new("--stretch")
    {
        Description = $"Events folded per transaction, at most (default {ProjectionRebuild.StretchEvents:N0}): fewer hold less in memory and commit more often.",
        DefaultValueFactory = _ => ProjectionRebuild.StretchEvents,
    };

    public static Command Create()
    {
        Stretch.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
                result.AddError("--stretch takes a positive number of events.");
        });
        var command = new Command("rebuild", "Rebuild the read models from the event log (stop the service first).") { Data, Json, Stretch };
        command.SetAction((parsed, cancellation) => RunAsync(parsed.GetValue(Data), parsed.GetValue(Json), parsed.GetValue(Stretch), cancellation));
        return command;
    }

    private static async Task<int> RunAsync(string? data, bool json, int stretch, CancellationToken cancellation)
    {
        await using var app = TimelineHost.BuildOffline(data);
        var store = app.Services.GetRequiredService<IEventStore>();
        var readModel = app.Services.GetRequiredService<SqliteReadModel>();
        var head = await store.ReadHeadPositionAsync(cancellation);
        var clock = Stopwatch.StartNew();
        readModel.Reset();
        var folded = await Terminal.WithProgressAsync("rebuild: log positions", progress =>
            ProjectionRebuild.CatchUpAsync(store, readModel, (position, _) => progress?.Report(((int)Math.Min(position, int.MaxValue), (int)Math.Min(head, int.MaxValue))), cancellation, stretch));
        var seconds = clock.Elapsed.TotalSeconds;
        var rate = seconds > 0 ? folded / seconds : folded;
        if (json)
            Console.Out.WriteLine(JsonSerializer.Serialize(new { folded, checkpoint = readModel.ReadCheckpoint(), seconds = Math.Round(seconds, 3), eventsPerSecond = Math.Round(rate) }, Terminal.JsonLines));
        else
            Terminal.Out.MarkupLineInterpolated($"Rebuilt the read models: [bold]{folded:N0}[/] events folded in {seconds:0.0} s ({rate:N0} events/s), checkpoint {readModel.ReadCheckpoint():N0}.");
        return 0;
    }
}
