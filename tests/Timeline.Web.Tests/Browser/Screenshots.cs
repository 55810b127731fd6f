using Microsoft.Playwright;

namespace Timeline.Web.Tests.Browser;

/// <summary>Where the pictures of the pages go: TIMELINE_SCREENSHOTS, or a folder beside the test binaries.</summary>
public static class Screenshots
{
    public const string Variable = "TIMELINE_SCREENSHOTS";

    public static string Folder { get; } = Directory.CreateDirectory(
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } folder
            ? folder
            : Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public static async Task TakeAsync(IPage page, string name, int width)
    {
        var path = Path.Combine(Folder, $"{name}-{width}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
    }
}
