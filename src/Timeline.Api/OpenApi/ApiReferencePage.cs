using Scalar.AspNetCore;

namespace Timeline.Api.OpenApi;

/// <summary>The API reference for people, at <c>/docs</c>, over the OpenAPI document.</summary>
public static class ApiReferencePage
{
    public const string Path = "/docs";

    public static WebApplication MapApiReference(this WebApplication app)
    {
        // The page's script comes from the package itself, and the default web fonts and telemetry are off, so the
        // page asks nothing of any other host: it works on a machine with no internet.
        app.MapScalarApiReference(Path, options =>
        {
            options.OpenApiRoutePattern = "/openapi/{documentName}.json";
            options.DefaultFonts = false;
            options.Telemetry = false;
            options.Title = "OUC Timeline API";
        });
        return app;
    }
}
