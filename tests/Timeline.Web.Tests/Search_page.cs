using Microsoft.Playwright;
using Timeline.Web.Tests.Browser;

namespace Timeline.Web.Tests;

[Collection(WebAppCollection.Name)]
public sealed class Search_page(WebApp app)
{
    [ChromiumFact]
    public async Task The_search_box_on_any_page_finds_the_Kazakhstan_visit()
    {
        await using var session = await app.OpenAsync("/institutions/ouc");
        var page = session.Page;

        await page.GetByLabel("Search records").FillAsync("Kazakhstan");
        await page.GetByLabel("Search records").PressAsync("Enter");

        await page.WaitForURLAsync("**/search?q=Kazakhstan");
        await session.ReadyAsync();
        var titles = await page.Locator("ol.entries a.title").AllInnerTextsAsync();
        Assert.Contains(titles, title => title.Contains("Kazakhstan", StringComparison.Ordinal));
        Assert.Equal("Kazakhstan", await page.GetByLabel("Words", new() { Exact = true }).InputValueAsync());
    }
}
