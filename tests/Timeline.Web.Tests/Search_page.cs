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
        // The timeline lists its entries a batch per frame after it is drawn; the box is used once all are listed, as a
        // reader would, so the words typed and the key pressed reach a page that is no longer busy.
        await page.WaitForSelectorAsync("body[data-listed]", new() { State = WaitForSelectorState.Attached });

        var box = page.GetByLabel("Search records");
        await box.FillAsync("Kazakhstan");
        Assert.Equal("Kazakhstan", await box.InputValueAsync());
        await box.PressAsync("Enter");

        // The address is checked once the search page is committed; its content is waited for by its own mark.
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/search", new() { WaitUntil = WaitUntilState.Commit });
        Assert.Equal("?q=Kazakhstan", new Uri(page.Url).Query);
        await session.ReadyAsync();
        var titles = await page.Locator("ol.entries a.title").AllInnerTextsAsync();
        Assert.Contains(titles, title => title.Contains("Kazakhstan", StringComparison.Ordinal));
        // Institutions are named as on a timeline (the OUC by its acronym), not by their ids.
        var named = await page.Locator("ol.entries .who a[href^='/institutions/']").AllInnerTextsAsync();
        Assert.Contains("OUC", named);
        Assert.DoesNotContain("ouc", named);
        Assert.Equal("Kazakhstan", await page.GetByLabel("Words", new() { Exact = true }).InputValueAsync());
    }
}
