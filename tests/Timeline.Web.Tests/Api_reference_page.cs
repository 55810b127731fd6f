using Microsoft.Playwright;
using Timeline.Web.Tests.Browser;

namespace Timeline.Web.Tests;

[Collection(WebAppCollection.Name)]
public sealed class Api_reference_page(WebApp app)
{
    [ChromiumFact]
    public async Task The_API_reference_draws_from_this_service_alone_and_offers_nothing_that_needs_another_host()
    {
        await using var session = await app.OpenAsync("/docs/", ready: false);
        var page = session.Page;
        await page.Locator("h1", new() { HasText = "OUC Timeline" }).First.WaitForAsync();
        await page.GetByText("Records", new() { Exact = true }).First.WaitForAsync();

        var otherHosts = await page.EvaluateAsync<string[]>("""
            () => performance.getEntriesByType('resource')
              .map(entry => new URL(entry.name))
              .filter(url => url.host !== location.host)
              .map(url => url.href)
            """);
        Assert.Empty(otherHosts);
        // The package's AI chat and its developer toolbar (deploy and SDK offers) call out to their vendor's hosts.
        Assert.Equal(0, await page.GetByText("Ask AI").CountAsync());
        Assert.Equal(0, await page.GetByText("Generate SDK").CountAsync());
        // "Try it" knows the key header writes need.
        Assert.True(await page.GetByText("X-Api-Key").CountAsync() > 0, "the API key scheme is not offered");
        Assert.Empty(session.ConsoleErrors);
    }
}
