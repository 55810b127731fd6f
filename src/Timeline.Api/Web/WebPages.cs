using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Timeline.Api.Web;

/// <summary>
/// The web app: static pages from wwwroot, compressed on the way out, with every shareable page URL
/// answered by the shell that draws it in the browser.
/// </summary>
public static class WebPages
{
    /// <summary>
    /// Page URL patterns, the shell that serves each (the page's script reads the rest of the URL), and the answers the
    /// page reads first, named in the shell's headers so they are on their way before its script runs.
    /// </summary>
    private static readonly (string Pattern, string Shell, Func<HttpContext, Task>? Preload)[] Shells =
    [
        ("/institutions/{institutionId}", "timeline.html", context => PagePreloads.AddInstitutionTimelineAsync(context, RouteValue(context, "institutionId"))),
        ("/countries/{countryCode}", "timeline.html", context => PagePreloads.AddCountryTimelineAsync(context, RouteValue(context, "countryCode"))),
        ("/records/{recordId}", "record.html", null),
        ("/review", "review.html", null),
        ("/search", "search.html", null),
    ];

    // Pages and API answers alike: a timeline page reads up to 2,000 entries, which is most of its weight. The
    // event stream is left out by path (and by type), since a compressor must never hold back its events.
    private static readonly string[] CompressedTypes =
    [
        "text/html", "text/css", "text/javascript", "application/javascript", "image/svg+xml",
        "application/json", "application/problem+json", "text/csv", "application/jsonl", "application/ld+json",
    ];

    public static IServiceCollection AddWebPages(this IServiceCollection services)
    {
        // The fastest levels leave the chart library a quarter larger; these files are few and small.
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        return services.AddResponseCompression(options =>
        {
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = CompressedTypes;
        });
    }

    /// <summary>
    /// Compresses answers on their way out. It sits outside the output cache, so a cached answer is stored once,
    /// plain, and compressed for each client as that client asks.
    /// </summary>
    public static WebApplication UseAnswerCompression(this WebApplication app)
    {
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/api/events/stream"), answers => answers.UseResponseCompression());
        return app;
    }

    public static WebApplication MapWebPages(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context =>
            {
                // Shells and modules change with each release and are small: revalidate rather than risk a stale page.
                context.Context.Response.Headers.CacheControl = "no-cache";
                if (context.File.Name == "index.html")
                    PagePreloads.AddDashboard(context.Context);
            },
        });
        foreach (var (pattern, shell, preload) in Shells)
            app.MapGet(pattern, (Delegate)((HttpContext context) => ServeShellAsync(context, shell, preload))).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ServeShellAsync(HttpContext context, string shell, Func<HttpContext, Task>? preload)
    {
        var file = context.RequestServices.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider.GetFileInfo(shell);
        if (!file.Exists || file.PhysicalPath is not { } path)
            return TypedResults.NotFound();
        if (preload is not null)
            await preload(context);
        return TypedResults.PhysicalFile(path, "text/html; charset=utf-8");
    }

    private static string RouteValue(HttpContext context, string name) => context.Request.RouteValues[name] as string ?? "";
}
