using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Timeline.Web.Tests.Browser;

namespace Timeline.Web.Tests;

[Collection(WebAppCollection.Name)]
public sealed class Record_page(WebApp app)
{
    [ChromiumFact]
    public async Task A_correction_shows_its_reason_and_what_it_changed_and_as_known_before_it_hides_it()
    {
        var mongolia = await app.GetJsonAsync("/api/timelines/countries/MN");
        var recordId = mongolia["entries"]![0]!["recordId"]!.GetValue<string>();
        var original = mongolia["entries"]![0]!["title"]!.GetValue<string>();
        const string reason = "the workshop's own report names it a teacher training week";
        await app.PostJsonAsync($"/api/records/{recordId}/corrections", new JsonObject
        {
            ["changes"] = new JsonObject { ["title"] = "OUC trains teachers of Mongolia's teacher development institute" },
            ["reason"] = reason,
        });
        var record = await app.GetJsonAsync($"/api/records/{recordId}");
        // Halfway between the first event and the correction: clear of how either instant is rounded in JSON.
        var recordedAt = DateTimeOffset.Parse(record["history"]![0]!["recordedAt"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        var correctedAt = DateTimeOffset.Parse(record["history"]![1]!["recordedAt"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        var before = recordedAt + (correctedAt - recordedAt) / 2;

        await using var session = await app.OpenAsync($"/records/{recordId}");
        var page = session.Page;
        Assert.Equal(reason, await page.Locator("ol.history .reason").InnerTextAsync());
        Assert.Equal(original, await page.Locator("table.diff .before").InnerTextAsync());
        Assert.Equal("OUC trains teachers of Mongolia's teacher development institute", await page.Locator("table.diff .after").InnerTextAsync());

        await page.GetByLabel("As known at").FillAsync(AsChromiumWritesIt(before.UtcDateTime));
        await page.GetByRole(AriaRole.Button, new() { Name = "Show as known then" }).ClickAsync();

        await page.WaitForURLAsync("**asOf=*");
        await page.Locator(".notice").WaitForAsync();
        Assert.Equal(original, await page.Locator("h1").InnerTextAsync());
        Assert.Equal(1, await page.Locator("ol.history > li").CountAsync());
        Assert.Equal(0, await page.Locator("ol.history .reason").CountAsync());

        await page.GoBackAsync();
        await page.Locator("ol.history .reason").WaitForAsync();
        Assert.Equal(0, await page.Locator(".notice").CountAsync());
    }

    [ChromiumFact]
    public async Task A_record_shows_its_source_with_document_paragraph_and_SHA_256()
    {
        var ouc = await app.GetJsonAsync("/api/timelines/institutions/ouc");
        var recordId = ouc["entries"]!.AsArray().First(e => e!["title"]!.GetValue<string>().Contains("Universal College"))!["recordId"]!.GetValue<string>();
        var source = (await app.GetJsonAsync($"/api/records/{recordId}"))["facts"]!["source"]!;

        await using var session = await app.OpenAsync($"/records/{recordId}");

        var text = await session.Page.Locator("#source").InnerTextAsync();
        Assert.Contains(source["documentId"]!.GetValue<string>(), text);
        Assert.Contains(source["sha256"]!.GetValue<string>(), text);
        Assert.Contains("17 December 2018", await session.Page.Locator("#facts").InnerTextAsync());
    }

    [ChromiumFact]
    public async Task A_record_tells_whether_the_signed_log_covers_it_and_offers_its_proof_and_provenance()
    {
        var ouc = await app.GetJsonAsync("/api/timelines/institutions/ouc");
        var recordId = ouc["entries"]![0]!["recordId"]!.GetValue<string>();
        var bundle = await app.GetJsonAsync($"/api/records/{recordId}/proof");
        var covered = bundle["checkpoint"] is not null && bundle["events"]!.AsArray().All(e => !e!["pending"]!.GetValue<bool>());

        await using var session = await app.OpenAsync($"/records/{recordId}");
        var audit = session.Page.Locator("#audit");
        await audit.Locator(".proof-status").WaitForAsync();

        var status = await audit.Locator(".proof-status").InnerTextAsync();
        Assert.StartsWith(covered ? "Included in the signed log (tree size " : "Waiting for the next signed checkpoint", status);
        Assert.Equal($"/api/records/{recordId}/proof", await audit.GetByRole(AriaRole.Link, new() { Name = "Download the inclusion proof (JSON)" }).GetAttributeAsync("href"));
        Assert.Equal($"/api/records/{recordId}/prov", await audit.GetByRole(AriaRole.Link, new() { Name = "Download the provenance (PROV-JSON)" }).GetAttributeAsync("href"));
    }

    [ChromiumFact]
    public async Task An_unknown_record_says_so_in_words()
    {
        await using var session = await app.OpenAsync("/records/000000000000000000000000");

        Assert.Contains("does not exist", await session.Page.Locator(".problem").InnerTextAsync());
    }

    /// <summary>
    /// A date-time input's value as Chromium normalises it (trailing zeros of the fraction dropped, zero seconds left
    /// out): Playwright refuses a value that reads back differently.
    /// </summary>
    private static string AsChromiumWritesIt(DateTime moment) => moment switch
    {
        { Millisecond: 0, Second: 0 } => moment.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
        { Millisecond: 0 } => moment.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
        _ => moment.ToString("yyyy-MM-ddTHH:mm:ss.FFF", CultureInfo.InvariantCulture),
    };
}
