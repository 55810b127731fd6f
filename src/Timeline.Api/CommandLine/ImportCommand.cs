using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using MediatR;
using Timeline.Api.Imports;
using Timeline.Api.Records;
using Timeline.Api.Validation;

namespace Timeline.Api.CommandLine;

/// <summary>
/// <c>import FILE...</c>: imports announcement pages straight into the configured store, through the same
/// command as <c>POST /api/imports</c>. Each file's name (without extension) is its document id. Timelines
/// catch up when the service next runs.
/// </summary>
public static class ImportCommand
{
    private static readonly Argument<string[]> Files = new Argument<string[]>("FILE")
    {
        Description = "Pages of announcement prose, one paragraph per line or blank-line separated.",
        Arity = ArgumentArity.OneOrMore,
    }.RefusingOptions();

    private static readonly Option<DateOnly?> PublishedOn = new("--published-on")
    {
        Description = "The day the pages were published (YYYY-MM-DD): it bounds dates the text leaves unknown.",
        CustomParser = result => DateOnly.TryParseExact(result.Tokens.Single().Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : Invalid(result, "--published-on takes a day as YYYY-MM-DD."),
    };

    private static readonly Option<bool> DryRun = new("--dry-run") { Description = "Extract and report, record nothing." };
    private static readonly Option<bool> Json = CommonOptions.Json();
    private static readonly Option<string?> Data = CommonOptions.Data();

    public static Command Create()
    {
        var command = new Command("import", "Import pages of announcements into the event store.") { Files, PublishedOn, DryRun, Json, Data };
        command.SetAction((parsed, cancellation) => RunAsync(parsed, cancellation));
        return command;
    }

    private static DateOnly? Invalid(System.CommandLine.Parsing.ArgumentResult result, string message)
    {
        result.AddError(message);
        return null;
    }

    private static async Task<int> RunAsync(ParseResult parsed, CancellationToken cancellation)
    {
        var paths = parsed.GetRequiredValue(Files).Select(UserPaths.Resolve).ToList();
        if (paths.FirstOrDefault(p => !File.Exists(p)) is { } missing)
            return Terminal.Fail($"No such file: {missing}");
        var json = parsed.GetValue(Json);
        var dryRun = parsed.GetValue(DryRun);
        var publishedOn = parsed.GetValue(PublishedOn)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        await using var app = TimelineHost.BuildOffline(parsed.GetValue(Data));
        await using var scope = app.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var batch = Guid.NewGuid();
        var totals = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var table = new ImportTable();
        foreach (var path in paths)
        {
            var document = new ImportDocument(Path.GetFileNameWithoutExtension(path), null, publishedOn, await File.ReadAllTextAsync(path, cancellation));
            var caller = new Caller("cli-import", batch, Guid.NewGuid(), $"import-{batch:N}");
            ImportReport report;
            try
            {
                report = await Terminal.WithProgressAsync($"{Path.GetFileName(path)}: paragraphs", progress =>
                    mediator.Send(new ImportAnnouncementsCommand(document, dryRun, caller, progress), cancellation));
            }
            catch (RequestValidationException invalid)
            {
                return Terminal.Fail($"{path}: {invalid.Message}");
            }
            foreach (var paragraph in report.Paragraphs)
            {
                if (json)
                    Console.Out.WriteLine(JsonSerializer.Serialize(MachineShape(document.DocumentId!, paragraph), Terminal.JsonLines));
                else
                    table.Add(document.DocumentId!, paragraph);
                totals[paragraph.Status] = totals.GetValueOrDefault(paragraph.Status) + 1;
            }
        }
        if (!json)
        {
            table.Write();
            Console.Out.WriteLine(string.Join(", ", totals.Select(t => $"{t.Value} {t.Key}")) + (dryRun ? " (dry run: nothing recorded)" : ""));
        }
        return 0;
    }

    /// <summary>The stable shape other tools read: one object per paragraph.</summary>
    private static object MachineShape(string document, ImportedParagraph p) => new
    {
        document,
        index = p.Index,
        status = p.Status,
        recordId = p.RecordId,
        kind = p.Kind,
        date = p.Date,
        countries = p.Countries,
        institutions = p.Institutions.Select(i => new { name = i.Name, acronym = i.Acronym }),
        direction = p.Direction,
        confidence = p.Confidence,
        reason = p.Reason,
    };
}
