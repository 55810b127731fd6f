using System.Globalization;
using System.Text.Json;
using MediatR;
using Timeline.Api.Records;

namespace Timeline.Api.Imports;

/// <summary>
/// <c>import FILE... [--published-on YYYY-MM-DD] [--dry-run] [--json]</c>: imports announcement pages straight
/// into the configured store, through the same command as <c>POST /api/imports</c>. Each file's name (without
/// extension) is its document id. Timelines catch up when the service next runs.
/// </summary>
public static class ImportCommandLine
{
    public const string Verb = "import";
    private const string Usage = "usage: import FILE... [--published-on YYYY-MM-DD] [--dry-run] [--json]";

    public static async Task<int> RunAsync(string[] args)
    {
        var files = new List<string>();
        string? publishedOn = null;
        bool dryRun = false, json = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--dry-run": dryRun = true; break;
                case "--json": json = true; break;
                case "--published-on" when i + 1 < args.Length: publishedOn = args[++i]; break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    return Fail($"unknown option {option}\n{Usage}");
                default: files.Add(args[i]); break;
            }
        }
        if (files.Count == 0)
            return Fail(Usage);
        var paths = files.Select(Resolve).ToList();
        if (paths.FirstOrDefault(p => !File.Exists(p)) is { } missing)
            return Fail($"no such file: {missing}");

        var builder = WebApplication.CreateBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddTimeline();
        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var batch = Guid.NewGuid();
        var totals = new Dictionary<string, int>();
        foreach (var path in paths)
        {
            var document = new ImportDocument(Path.GetFileNameWithoutExtension(path), null, publishedOn, await File.ReadAllTextAsync(path));
            var caller = new Caller("cli-import", batch, Guid.NewGuid(), $"import-{batch:N}");
            var progress = Console.IsErrorRedirected ? null : new ProgressBar(Path.GetFileName(path));
            ImportReport report;
            try
            {
                report = await mediator.Send(new ImportAnnouncementsCommand(document, dryRun, caller, progress));
            }
            catch (Validation.RequestValidationException invalid)
            {
                return Fail($"{path}: {invalid.Message}");
            }
            progress?.Finish();
            foreach (var paragraph in report.Paragraphs)
            {
                Console.WriteLine(json ? JsonSerializer.Serialize(DryRunShape(paragraph), ShapeJson) : Line(document.DocumentId!, paragraph));
                totals[paragraph.Status] = totals.GetValueOrDefault(paragraph.Status) + 1;
            }
        }
        if (!json)
            Console.WriteLine(string.Join(", ", totals.OrderBy(t => t.Key).Select(t => $"{t.Value} {t.Key}")) + (dryRun ? " (dry run: nothing recorded)" : ""));
        return 0;
    }

    /// <summary>Every key present, nulls included, and text as written (no \u escapes) for people reading a terminal.</summary>
    private static readonly JsonSerializerOptions ShapeJson = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The stable shape other tools read: one object per paragraph.</summary>
    private static object DryRunShape(ImportedParagraph p) => new
    {
        index = p.Index,
        status = p.Status,
        kind = p.Kind,
        date = p.Date,
        countries = p.Countries,
        institutions = p.Institutions.Select(i => new { name = i.Name, acronym = i.Acronym }),
        direction = p.Direction,
        confidence = p.Confidence,
    };

    private static string Line(string document, ImportedParagraph p) => string.Create(CultureInfo.InvariantCulture,
        $"{document}#{p.Index} {p.Status}{(p.Kind is null ? "" : $" {p.Kind} {p.Date} [{string.Join(',', p.Countries)}] confidence {p.Confidence:0.00}")}{(p.Reason is null ? "" : $" ({p.Reason})")}");

    /// <summary>Relative paths are taken from the shell's folder (PWD) when there is one, as a user typing them means.</summary>
    private static string Resolve(string file) =>
        Path.IsPathRooted(file) || Environment.GetEnvironmentVariable("PWD") is not { Length: > 0 } shell || !File.Exists(Path.Combine(shell, file))
            ? Path.GetFullPath(file)
            : Path.Combine(shell, file);

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 2;
    }

    private sealed class ProgressBar(string label) : IProgress<(int Done, int Total)>
    {
        private const int Width = 30;

        private readonly Lock _drawing = new();

        public void Report((int Done, int Total) value)
        {
            lock (_drawing)
                Draw(value);
        }

        private void Draw((int Done, int Total) value)
        {
            var filled = value.Total == 0 ? Width : value.Done * Width / value.Total;
            Console.Error.Write($"\r{label} [{new string('#', filled)}{new string('.', Width - filled)}] {value.Done}/{value.Total} paragraphs");
        }

        public void Finish() => Console.Error.WriteLine();
    }
}
