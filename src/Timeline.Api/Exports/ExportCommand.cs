using MediatR;
using Spectre.Console;
using Timeline.Api.Activity;
using Timeline.Api.Validation;
using Timeline.Domain;
using Timeline.Projections.Timelines;

namespace Timeline.Api.Exports;

/// <summary>What to export: <see cref="Target"/> is institution, country or activity; <see cref="Key"/> the id or code.</summary>
public sealed record ExportOptions(string Target, string? Key, string? Format, string? Output);

/// <summary>
/// The <c>export</c> verb: writes a whole timeline, or activity by year, from the read model as it stands to a
/// file or to stdout, through the same queries as the export endpoints. When stderr is a terminal it shows
/// how many entries have been written.
/// </summary>
public sealed class ExportCommand(IMediator mediator)
{
    public async Task<int> RunAsync(ExportOptions options, CancellationToken cancellationToken)
    {
        try
        {
            await using var output = options.Output is null ? Console.OpenStandardOutput() : File.Create(options.Output);
            if (options.Target == "activity")
            {
                var activity = await mediator.Send(new ExportActivityQuery(new GetActivityByYearQuery(options.Key, null, null),
                    options.Format, null), cancellationToken);
                await activity.WriteAsync(output, cancellationToken);
                return 0;
            }
            var owner = options.Target switch
            {
                "institution" => TimelineOwner.Institution,
                "country" => TimelineOwner.Country,
                _ => throw RequestValidationException.For("target", $"'{options.Target}' is not institution, country or activity"),
            };
            var plan = await mediator.Send(new ExportTimelineQuery(owner, options.Key ?? "", options.Format, null), cancellationToken);
            if (Console.IsErrorRedirected)
            {
                await plan.WriteAsync(output, cancellationToken);
                return 0;
            }
            await ErrorConsole().Status().StartAsync($"Exporting {plan.Title}", async status =>
                await (plan with { Entries = Counted(plan.Entries, written => status.Status($"Exporting {plan.Title}: {written:N0} entries")) })
                    .WriteAsync(output, cancellationToken));
            return 0;
        }
        catch (Exception refused) when (refused is RequestValidationException or DomainException)
        {
            await Console.Error.WriteLineAsync(refused.Message);
            return 2;
        }
    }

    private static IAnsiConsole ErrorConsole() =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    private static async IAsyncEnumerable<ExportedEntry> Counted(IAsyncEnumerable<ExportedEntry> entries, Action<long> report)
    {
        var written = 0L;
        await foreach (var entry in entries)
        {
            yield return entry;
            if (++written % 1000 == 0)
                report(written);
        }
    }
}

/// <summary><c>export (institution ID | country CODE | activity [INSTITUTION]) [--format F] [--output FILE]</c>.</summary>
public static class ExportCommandLine
{
    public const string Verb = "export";
    private const string Usage = "usage: export (institution ID | country CODE | activity [INSTITUTION]) [--format csv|jsonl|timelinejs|jsonld] [--output FILE]";

    public static async Task<int> RunAsync(string[] args)
    {
        string? format = null, output = null;
        var words = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--format" when i + 1 < args.Length: format = args[++i]; break;
                case "--output" when i + 1 < args.Length: output = Path.GetFullPath(args[++i]); break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    await Console.Error.WriteLineAsync($"unknown option {option}\n{Usage}");
                    return 2;
                default: words.Add(args[i]); break;
            }
        }
        if (words is not ([_] or [_, _]) || (words[0] != "activity" && words.Count != 2))
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }
        var builder = WebApplication.CreateBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddTimeline();
        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        var command = new ExportCommand(scope.ServiceProvider.GetRequiredService<IMediator>());
        return await command.RunAsync(new ExportOptions(words[0], words.ElementAtOrDefault(1), format, output), CancellationToken.None);
    }
}
