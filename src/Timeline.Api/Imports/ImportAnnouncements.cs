using System.Globalization;
using MediatR;
using Microsoft.Extensions.Options;
using Timeline.Api.Http;
using Timeline.Api.Records;
using Timeline.Api.Validation;
using Timeline.Domain;
using Timeline.Domain.Records;
using Timeline.Importing;

namespace Timeline.Api.Imports;

/// <summary>A page of announcements to import: its text, and where it comes from when known.</summary>
public sealed record ImportDocument(string? DocumentId, string? Url, string? PublishedOn, string? Text);

public sealed record ImportedInstitution(string Name, string? Acronym);

/// <summary>What became of one paragraph. Its shape is read by other tools: keep it stable.</summary>
public sealed record ImportedParagraph(
    int Index,
    string Status,
    string? Kind,
    string? Date,
    IReadOnlyList<string> Countries,
    IReadOnlyList<ImportedInstitution> Institutions,
    string? Direction,
    double Confidence,
    string? RecordId = null,
    string? Reason = null);

/// <summary>
/// What became of a page. Paragraphs that carry no text (rules, dots, stars) are only counted, as "empty", so the report
/// grows with the paragraphs that say something, never with the page's padding.
/// </summary>
public sealed record ImportReport(string? DocumentId, bool DryRun, IReadOnlyDictionary<string, int> Counts, IReadOnlyList<ImportedParagraph> Paragraphs);

public static class ImportStatus
{
    public const string Recorded = "recorded";
    public const string WouldRecord = "would-record";
    public const string AlreadyPresent = "already-present";
    public const string Skipped = "skipped";
    public const string NeedsReview = "needs-review";
    public const string Invalid = "invalid";
    public const string Empty = "empty";
}

/// <summary>
/// Import a page of announcements: each paragraph is read by the extractor and recorded through the same
/// command as <c>POST /api/records</c>. Record ids come from the document and paragraph, so importing the same
/// page again records nothing new. A dry run records nothing and says what would happen.
/// </summary>
public sealed record ImportAnnouncementsCommand(ImportDocument Document, bool DryRun, Caller Caller, IProgress<(int Done, int Total)>? Progress = null)
    : IRequest<ImportReport>;

public sealed class ImportAnnouncementsValidator : IValidator<ImportAnnouncementsCommand>
{
    public void Validate(ImportAnnouncementsCommand request, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(request.Document.Text))
            errors.Add("text", "is required: the announcements, one paragraph per block");
        if (request.Document.PublishedOn is { } day && !DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            errors.Add("publishedOn", "is not a day in the form YYYY-MM-DD");
        // What every paragraph's source would carry is checked once, so a page is not read through to fail on each paragraph.
        var (documentId, url) = (request.Document.DocumentId, request.Document.Url);
        InputLimits.Text(documentId, "documentId", InputLimits.Name, errors);
        InputLimits.Text(url, "url", InputLimits.Url, errors);
        if (url is not null && !ActivityInputMapper.IsWebAddress(url))
            errors.Add("url", "is not an absolute http(s) URL");
    }
}

public sealed class ImportAnnouncementsHandler(IMediator mediator, RecordWriter records, ReviewList review, TimeProvider clock, IOptions<ApiOptions> options)
    : IRequestHandler<ImportAnnouncementsCommand, ImportReport>
{
    private const int Concurrency = 16;

    public async Task<ImportReport> Handle(ImportAnnouncementsCommand request, CancellationToken cancellationToken)
    {
        var document = request.Document;
        DateOnly? publishedOn = document.PublishedOn is { } day ? DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
        var paragraphs = Paragraphs.Split(document.Text!);
        var limit = options.Value.MaxImportParagraphs;
        if (paragraphs.Count > limit)
            throw RequestValidationException.For("text", $"holds {paragraphs.Count} paragraphs, more than the limit of {limit} (Api:MaxImportParagraphs): split the page");
        var results = new ImportedParagraph?[paragraphs.Count];
        var done = 0;
        // Paragraphs are separate records: importing several at once lets the store commit them together. The token is
        // the caller's (the HTTP request's): when the caller goes away, no further paragraph is read or recorded.
        await Parallel.ForAsync(0, paragraphs.Count, new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken },
            async (index, token) =>
            {
                results[index] = Paragraphs.CarriesText(paragraphs[index]) ? await ImportAsync(paragraphs[index], index, publishedOn, request, token) : null;
                request.Progress?.Report((Interlocked.Increment(ref done), paragraphs.Count));
            });
        var listed = results.OfType<ImportedParagraph>().ToList();
        var counts = listed.GroupBy(r => r.Status).ToDictionary(g => g.Key, g => g.Count());
        if (listed.Count < results.Length)
            counts[ImportStatus.Empty] = results.Length - listed.Count;
        return new ImportReport(document.DocumentId, request.DryRun, counts, listed);
    }

    private async Task<ImportedParagraph> ImportAsync(string text, int index, DateOnly? publishedOn, ImportAnnouncementsCommand request,
        CancellationToken cancellationToken)
    {
        // A paragraph that could never be a record's source text (longer than one may be, or holding a control character)
        // is refused before it is read, so no paragraph costs the extractor more than the longest one it could record.
        var unfit = new ValidationErrors();
        InputLimits.Text(text, "source.text", InputLimits.SourceText, unfit);
        if (!unfit.IsEmpty)
            return new ImportedParagraph(index, ImportStatus.Invalid, null, null, [], [], null, 0, Reason: ReasonOf(unfit));
        var extraction = AnnouncementExtractor.Extract(text, index, publishedOn, cancellationToken);
        var read = Describe(extraction);
        if (!extraction.IsActivity)
            return read with { Status = ImportStatus.Skipped, Reason = extraction.SkipReason };

        var document = request.Document;
        var input = ActivityInputs.From(extraction, new SourceInput(document.DocumentId, document.Url, index, text, null, document.PublishedOn));
        var errors = new ValidationErrors();
        var activity = ActivityInputMapper.Map(input, errors);
        if (activity is null)
            return read with { Status = ImportStatus.Invalid, Reason = ReasonOf(errors) };
        read = read with { RecordId = activity.RecordId };
        var unsure = extraction.Confidence < AnnouncementExtractor.ReviewThreshold;
        var doubts = string.Join("; ", extraction.Doubts);
        var flag = new ReviewItem(activity.RecordId, document.DocumentId, index, extraction.Confidence, doubts, clock.GetUtcNow());
        if ((await records.LoadAsync(activity.RecordId, cancellationToken)).State.Exists)
            return AlreadyPresent(read, unsure && !request.DryRun ? flag : null);

        if (request.DryRun)
            return read with { Status = unsure ? ImportStatus.NeedsReview : ImportStatus.WouldRecord, Reason = unsure ? doubts : null };
        try
        {
            await mediator.Send(new RecordActivityCommand(input, request.Caller), cancellationToken);
        }
        catch (Exception e) when (e is WriteTakenException || e is DomainException { Code: DomainErrors.RecordAlreadyExists })
        {
            // Recorded meanwhile, by another import of the same page or by hand.
            return AlreadyPresent(read, unsure ? flag : null);
        }
        if (!unsure)
            return read with { Status = ImportStatus.Recorded };
        review.Flag(flag);
        return read with { Status = ImportStatus.NeedsReview, Reason = doubts };
    }

    /// <summary>
    /// An import killed between recording a paragraph and flagging it leaves the record off the review list, so an import
    /// that finds the record flags it again: a flag is kept once, and a record someone has reviewed stays off the list.
    /// </summary>
    private ImportedParagraph AlreadyPresent(ImportedParagraph read, ReviewItem? flag)
    {
        if (flag is not null)
            review.Flag(flag);
        return read with { Status = ImportStatus.AlreadyPresent };
    }

    private static string ReasonOf(ValidationErrors errors) =>
        string.Join("; ", errors.ToDictionary().Select(e => $"{e.Key}: {string.Join(", ", e.Value)}"));

    private static ImportedParagraph Describe(Extraction e) => new(
        e.Index,
        "",
        e.Kind?.ToString(),
        e.IsActivity ? e.Date.ToString() : null,
        e.Countries,
        e.Institutions.Select(i => new ImportedInstitution(i.Name, i.Acronym)).ToList(),
        e.Direction?.ToString().ToLowerInvariant(),
        e.Confidence);
}
