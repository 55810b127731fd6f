using System.CommandLine;
using MediatR;
using Timeline.Api.Exports;

namespace Timeline.Api.CommandLine;

/// <summary>
/// <c>export (institution ID | country CODE | activity [INSTITUTION])</c>: a whole timeline, or activity by
/// year, from the read model as it stands (or as it stood at <c>--as-of</c>), to a file or to stdout.
/// </summary>
public static class ExportCommand
{
    private static readonly Argument<string> Target = new("TARGET")
    {
        Description = "What to export: institution, country or activity.",
    };

    private static readonly Argument<string?> Key = new Argument<string?>("KEY")
    {
        Description = "The institution's id or the country's code; for activity, optionally an institution to count alone.",
        Arity = ArgumentArity.ZeroOrOne,
    }.RefusingOptions();

    private static readonly Option<string?> Format = new("--format")
    {
        Description = "csv (the default), jsonl, timelinejs or jsonld; activity: csv or jsonl.",
    };

    private static readonly Option<string?> Output = new("--output", "-o") { Description = "A file to write; stdout when absent." };

    private static readonly Option<string?> AsOf = new("--as-of")
    {
        Description = "Export as the service knew it at this moment of transaction time: a day (YYYY-MM-DD, its end, UTC) or an ISO 8601 date and time.",
    };
    private static readonly Option<string?> Data = CommonOptions.Data();

    public static Command Create()
    {
        Target.AcceptOnlyFromAmong("institution", "country", "activity");
        Format.AcceptOnlyFromAmong("csv", "jsonl", "timelinejs", "jsonld");
        var command = new Command("export", "Export a timeline or activity by year as CSV, JSON Lines, TimelineJS or JSON-LD.")
        {
            Target, Key, Format, Output, AsOf, Data,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(Target) is "institution" or "country" && result.GetValue(Key) is null)
                result.AddError($"export {result.GetValue(Target)} needs the {(result.GetValue(Target) == "country" ? "country's code" : "institution's id")}.");
        });
        command.SetAction(async (parsed, cancellation) =>
        {
            await using var app = TimelineHost.BuildOffline(parsed.GetValue(Data));
            await using var scope = app.Services.CreateAsyncScope();
            var runner = new ExportRunner(scope.ServiceProvider.GetRequiredService<IMediator>());
            var output = parsed.GetValue(Output) is { } file ? UserPaths.Resolve(file) : null;
            return await runner.RunAsync(new ExportOptions(parsed.GetRequiredValue(Target), parsed.GetValue(Key), parsed.GetValue(Format), output,
                parsed.GetValue(AsOf)), cancellation);
        });
        return command;
    }
}
