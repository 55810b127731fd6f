using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Timeline.Web.Tests.Browser;

/// <summary>
/// One service and one browser for every page test: starting them is the slow part, and each test opens
/// pages in a fresh browser context of its own (its own storage, its own window size).
/// </summary>
public sealed class WebApp : IAsyncLifetime
{
    public const int Narrow = 375;
    public const int Wide = 1440;

    private ServiceProcess? _service;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress => _service!.BaseAddress;

    public HttpClient Api { get; private set; } = new();

    public async Task InitializeAsync()
    {
        if (!Chromium.IsInstalled)
            return;
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _service = await ServiceProcess.StartAsync();
        Api = new HttpClient { BaseAddress = _service.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(Chromium.LaunchOptions);
    }

    /// <summary>
    /// Opens a page at a width, in UTC so times typed into the page mean what the test means; waits for the page's
    /// ready mark unless <paramref name="ready"/> is false (a page that is not one of ours sets none).
    /// </summary>
    public async Task<PageSession> OpenAsync(string path, int width = Wide, bool ready = true)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            TimezoneId = "UTC",
            Locale = "en-GB",
        });
        context.SetDefaultTimeout(15_000);
        var session = new PageSession(context, await context.NewPageAsync());
        if (ready)
            await session.GoToAsync(path);
        else
            await session.Page.GotoAsync(path);
        return session;
    }

    public async Task<JsonNode> GetJsonAsync(string path) =>
        (await Api.GetFromJsonAsync<JsonNode>(path))!;

    public async Task<JsonNode> PostJsonAsync(string path, JsonNode body, string? key = ServiceProcess.Key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (key is not null)
            request.Headers.Add("X-Api-Key", key);
        using var response = await Api.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {path} answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    /// <summary>Waits, within the service's start timeout, until the read models have folded everything the log holds.</summary>
    public Task WaitUntilFoldedAsync() => _service!.WaitUntilFoldedAsync(0);

    private Task<string>? _flagged;

    /// <summary>A record the importer was unsure of, so the review page has something to show; imported once.</summary>
    public Task<string> FlaggedRecordAsync() => _flagged ??= ImportUnsureParagraphAsync("web-tests-unsure");

    /// <summary>Imports a paragraph the importer cannot be sure of, as document <paramref name="documentId"/>; its record id.</summary>
    public async Task<string> ImportUnsureParagraphAsync(string documentId)
    {
        var report = await PostJsonAsync("/api/imports", new JsonObject
        {
            ["documentId"] = documentId,
            ["text"] = "Recently, many colleagues took part and the results were released.",
        });
        var paragraph = report["paragraphs"]![0]!;
        Assert.Equal("needs-review", paragraph["status"]!.GetValue<string>());
        return paragraph["recordId"]!.GetValue<string>();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
        Api.Dispose();
        if (_service is not null)
            await _service.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class WebAppCollection : ICollectionFixture<WebApp>
{
    public const string Name = "web app";
}
