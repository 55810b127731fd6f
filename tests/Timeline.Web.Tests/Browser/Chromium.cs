using Microsoft.Playwright;

namespace Timeline.Web.Tests.Browser;

/// <summary>Debian's Chromium, driven by Playwright; Playwright's own browser builds are never downloaded.</summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static bool IsInstalled => File.Exists(ExecutablePath);

    public static BrowserTypeLaunchOptions LaunchOptions => new()
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        Args =
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
        ],
    };
}

/// <summary>A test that needs a browser: skipped, with the reason, where Chromium is not installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!Chromium.IsInstalled)
            Skip = $"Chromium is not installed at {Chromium.ExecutablePath} (apt-get install chromium): the page tests need a browser.";
    }
}
