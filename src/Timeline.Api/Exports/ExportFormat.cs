using Timeline.Api.Validation;

namespace Timeline.Api.Exports;

public enum ExportFormat
{
    Csv,
    JsonLines,
    TimelineJs,
    JsonLd,
}

/// <summary>Which format a caller asked for: <c>format=</c> first, then the <c>Accept</c> header, else CSV.</summary>
public static class ExportFormats
{
    private static readonly (string Name, string MediaType, ExportFormat Format, string Extension)[] Known =
    [
        ("csv", "text/csv", ExportFormat.Csv, "csv"),
        ("jsonl", "application/jsonl", ExportFormat.JsonLines, "jsonl"),
        ("timelinejs", "application/json", ExportFormat.TimelineJs, "json"),
        ("jsonld", "application/ld+json", ExportFormat.JsonLd, "jsonld"),
    ];

    public static string Names => string.Join(", ", Known.Select(k => k.Name));

    public static ExportFormat Choose(string? format, string? accept, ValidationErrors errors)
    {
        if (!string.IsNullOrEmpty(format))
        {
            foreach (var known in Known)
                if (string.Equals(known.Name, format, StringComparison.OrdinalIgnoreCase))
                    return known.Format;
            errors.Add("format", $"'{format}' is not an export format: use one of {Names}");
            return ExportFormat.Csv;
        }
        // The first media type of the Accept header that names a format; "application/x-ndjson" is JSON Lines' older name.
        foreach (var mediaType in (accept ?? "").Split(',').Select(part => part.Split(';')[0].Trim()))
        {
            if (mediaType.Equals("application/x-ndjson", StringComparison.OrdinalIgnoreCase))
                return ExportFormat.JsonLines;
            foreach (var known in Known)
                if (known.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase))
                    return known.Format;
        }
        return ExportFormat.Csv;
    }

    public static string ContentType(this ExportFormat format) =>
        Known.Single(k => k.Format == format).MediaType + (format == ExportFormat.Csv ? "; charset=utf-8; header=present" : "; charset=utf-8");

    public static string FileName(this ExportFormat format, string stem) => $"{stem}.{Known.Single(k => k.Format == format).Extension}";
}
