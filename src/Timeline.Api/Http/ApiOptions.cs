namespace Timeline.Api.Http;

public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>The largest request body accepted, in bytes.</summary>
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>The largest page of announcements <c>POST /api/imports</c> accepts, in bytes.</summary>
    public int MaxImportBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>The most paragraphs one imported page may hold; a longer page is refused before any is read.</summary>
    public int MaxImportParagraphs { get; set; } = 10_000;

    /// <summary>
    /// Ready the importer (its place names and patterns, about 55 MiB and a few seconds of a core) while the service
    /// starts, for a service whose first import must answer at once. Off by default: a service that seldom imports
    /// pays for it only at its first import, which then takes about half a second more.
    /// </summary>
    public bool WarmImporterAtStart { get; set; }

    /// <summary>Serve repeated reads from memory while the read models have not moved.</summary>
    public bool CacheReads { get; set; } = true;

    /// <summary>Origins a browser may call the API from; none by default, so no CORS headers are sent at all.</summary>
    public string[] CorsOrigins { get; set; } = [];

    /// <summary>How often <c>GET /api/events/stream</c> sends a comment while nothing moves, in seconds.</summary>
    public int StreamHeartbeatSeconds { get; set; } = 15;
}
