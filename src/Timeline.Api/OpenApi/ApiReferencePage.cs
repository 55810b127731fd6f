using Scalar.AspNetCore;

namespace Timeline.Api.OpenApi;

/// <summary>The API reference for people, at <c>/docs</c>, over the OpenAPI document.</summary>
public static class ApiReferencePage
{
    public const string Path = "/docs";

    public static WebApplication MapApiReference(this WebApplication app)
    {
        // The page's script comes from the package itself, and the default web fonts, telemetry, the AI chat, the MCP
        // link and the developer toolbar (deploy and SDK offers) are off, so the page asks nothing of any other host and
        // offers nothing that would: it works on a machine with no internet. "Try it" asks for the X-Api-Key first.
        app.MapScalarApiReference(Path, options =>
        {
            options.OpenApiRoutePattern = "/openapi/{documentName}.json";
            options.DefaultFonts = false;
            options.Telemetry = false;
            options.Title = "OUC Timeline API";
            options.DisableAgent();
            options.HideDeveloperTools();
            options.Mcp = new ScalarMcpOptions { Disabled = true };
            options.AddPreferredSecuritySchemes(ApiDescription.ApiKeyScheme);
        });
        return app;
    }
}
