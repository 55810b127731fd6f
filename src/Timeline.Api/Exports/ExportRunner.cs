using MediatR;
using Spectre.Console;
using Timeline.Api.Activity;
using Timeline.Api.CommandLine;
using Timeline.Api.Validation;
using Timeline.Domain;
using Timeline.Projections.Timelines;

namespace Timeline.Api.Exports;

/// <summary>
/// What to export: <see cref="Target"/> is institution, country or activity; <see cref="Key"/> the id or code;
/// <see cref="AsOf"/> the moment of transaction time to export as of, when given.
/// </summary>
public sealed record ExportOptions(string Target, string? Key, string? Format, string? Output, string? AsOf = null);

/// <summary>
/// The <c>export</c> verb: writes a whole timeline, or activity by year, from the read model as it stands to a
/// file or to stdout, through the same queries as the export endpoints. When stderr is a terminal it shows
/// how many entries have been written.
/// </summary>
public sealed class ExportRunner(IMediator mediator)
{
    public async Task<int> RunAsync(ExportOptions options, CancellationToken cancellationToken)
    {
        try
        {
            if (options.Target == "activity")
            {
                var activity = await mediator.Send(new ExportActivityQuery(new GetActivityByYearQuery(new ActivityParameters(options.Key, null, null, null, null, options.AsOf), null, null),
                    options.Format, null), cancellationToken);
                await using var activityOutput = Open(options.Output);
                await activity.WriteAsync(activityOutput, cancellationToken);
                return 0;
            }
            var owner = options.Target switch
            {
                "institution" => TimelineOwner.Institution,
                "country" => TimelineOwner.Country,
                _ => throw RequestValidationException.For("target", $"'{options.Target}' is not institution, country or activity"),
            };
            var plan = await mediator.Send(new ExportTimelineQuery(owner, options.Key ?? "", options.Format, null, options.AsOf), cancellationToken);
            // Opened only once the request is accepted, so a refused export leaves no empty file behind.
            await using var output = Open(options.Output);
            if (Console.IsErrorRedirected)
            {
                await plan.WriteAsync(output, cancellationToken);
                return 0;
            }
            await Terminal.Error.Status().StartAsync($"Exporting {plan.Title}", async status =>
                await (plan with { Entries = Counted(plan.Entries, written => status.Status($"Exporting {plan.Title}: {written:N0} entries")) })
                    .WriteAsync(output, cancellationToken));
            return 0;
        }
        catch (Exception refused) when (refused is RequestValidationException or DomainException)
        {
            return Terminal.Fail(refused.Message);
        }
    }

    private static Stream Open(string? path) => path is null ? Console.OpenStandardOutput() : File.Create(path);

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
