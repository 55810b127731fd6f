using System.Globalization;
using Timeline.Api.Validation;
using Timeline.Domain.Records;
using Timeline.Domain.Sources;

namespace Timeline.Api.Records;

/// <summary>Where a record comes from: its source and the record id derived from it.</summary>
public static partial class ActivityInputMapper
{
    /// <summary>An absolute http or https URL: the only kind a source may point to.</summary>
    public static bool IsWebAddress(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    private static Source? MapSource(SourceInput? input, ValidationErrors errors)
    {
        if (input is null)
        {
            errors.Add("source", "is required: where the record comes from (documentId or url, paragraphIndex, text or sha256)");
            return null;
        }
        var errorsBefore = errors.ToDictionary().Count;
        var text = Blank(input.Text);
        var sha = Blank(input.Sha256)?.ToLowerInvariant();
        if (sha is not null && (sha.Length != 64 || !sha.All(Uri.IsHexDigit)))
            errors.Add("source.sha256", "is not a SHA-256 in hex (64 hex digits)");
        else if (text is not null && sha is not null && sha != Source.HashOf(text))
            errors.Add("source.sha256", "does not match the SHA-256 of source.text");
        if (text is null && sha is null)
            errors.Add("source.text", "the source text (or at least its sha256) is required");
        if (Blank(input.DocumentId) is null && Blank(input.Url) is null && text is null)
            errors.Add("source", "needs a documentId or url when the text itself is not given");
        if (input.Url is not null && !IsWebAddress(input.Url))
            errors.Add("source.url", "is not an absolute http(s) URL");
        if (input.ParagraphIndex is < 0)
            errors.Add("source.paragraphIndex", "must be zero or more");
        DateOnly? publishedOn = null;
        if (input.PublishedOn is not null)
        {
            if (DateOnly.TryParseExact(input.PublishedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                publishedOn = day;
            else
                errors.Add("source.publishedOn", "is not a day in the form YYYY-MM-DD");
        }
        if (errors.ToDictionary().Count != errorsBefore)
            return null;
        return new Source(Blank(input.DocumentId), Blank(input.Url), input.ParagraphIndex, text, sha ?? Source.HashOf(text!), publishedOn);
    }

    private static string? MapRecordId(string? recordId, Source? source, ValidationErrors errors)
    {
        if (recordId is null)
            return source is null ? null : RecordIds.FromSource(source);
        if (RecordIds.IsValid(recordId))
            return recordId;
        errors.Add("recordId", "must be 1-64 lower-case letters, digits or hyphens, starting with a letter or digit");
        return null;
    }
}
