using Timeline.Web.Tests.Browser;

namespace Timeline.Web.Tests;

[Collection(WebAppCollection.Name)]
public sealed class Review_page(WebApp app)
{
    [ChromiumFact]
    public async Task A_flagged_record_shows_its_confidence_and_the_reasons()
    {
        var recordId = await app.FlaggedRecordAsync();

        await using var session = await app.OpenAsync("/review");

        var item = session.Page.Locator($"li[data-record-id='{recordId}']");
        Assert.Matches(@"Confidence \d+%", await item.InnerTextAsync());
        Assert.True(await item.Locator("ul.doubts li").CountAsync() > 0);
    }

    [ChromiumFact]
    public async Task A_correction_with_a_wrong_key_shows_the_refusal_and_writes_nothing()
    {
        var recordId = await app.FlaggedRecordAsync();
        var before = (await app.GetJsonAsync($"/api/records/{recordId}"))["revision"]!.GetValue<long>();
        await using var session = await app.OpenAsync("/review");
        var page = session.Page;
        var item = page.Locator($"li[data-record-id='{recordId}']");

        await page.GetByLabel("API key").FillAsync("not-the-key");
        await item.Locator("summary").ClickAsync();
        await item.GetByLabel("New title").FillAsync("A title nobody may write");
        await item.GetByLabel("Reason").FillAsync("trying a wrong key");
        await item.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Correct", Exact = true }).ClickAsync();

        var refusal = item.Locator(".correct-form .outcome.problem");
        await refusal.WaitForAsync();
        Assert.Contains("API key", await refusal.InnerTextAsync());
        Assert.Equal(before, (await app.GetJsonAsync($"/api/records/{recordId}"))["revision"]!.GetValue<long>());
    }

    [ChromiumFact]
    public async Task The_key_is_kept_for_the_tab_and_a_correction_with_it_is_recorded()
    {
        var recordId = await app.FlaggedRecordAsync();
        await using var session = await app.OpenAsync("/review");
        var page = session.Page;
        await page.GetByLabel("API key").FillAsync(ServiceProcess.Key);
        await page.ReloadAsync();
        await session.ReadyAsync();
        Assert.Equal(ServiceProcess.Key, await page.GetByLabel("API key").InputValueAsync());
        var item = page.Locator($"li[data-record-id='{recordId}']");

        await item.Locator("summary").ClickAsync();
        await item.GetByLabel("New date (EDTF)").FillAsync("2024");
        await item.GetByLabel("Reason").FillAsync("the page's footer dates it to 2024");
        await item.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Correct", Exact = true }).ClickAsync();

        await item.Locator(".correct-form .outcome.done").WaitForAsync();
        var record = await app.GetJsonAsync($"/api/records/{recordId}");
        Assert.Equal("2024", record["facts"]!["date"]!.GetValue<string>());
    }

    [ChromiumFact]
    public async Task Marking_a_record_reviewed_takes_it_off_the_list_and_its_page_shows_the_verdict()
    {
        var recordId = await app.ImportUnsureParagraphAsync("web-tests-confirmed");
        await using var session = await app.OpenAsync("/review");
        var page = session.Page;
        var item = page.Locator($"li[data-record-id='{recordId}']");

        await page.GetByLabel("API key").FillAsync(ServiceProcess.Key);
        await item.GetByLabel("Note").FillAsync("checked against the printed bulletin");
        await item.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Mark reviewed" }).ClickAsync();
        await item.Locator(".outcome.done").WaitForAsync();

        await session.GoToAsync("/review");
        Assert.Equal(0, await page.Locator($"li[data-record-id='{recordId}']").CountAsync());
        await session.GoToAsync($"/records/{recordId}");
        Assert.Equal("confirmed", await page.Locator("#review .verdict").InnerTextAsync());
        Assert.Contains("checked against the printed bulletin", await page.Locator("#review").InnerTextAsync());
    }
}
