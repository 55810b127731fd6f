using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Timeline.Web.Tests.Browser;

namespace Timeline.Web.Tests;

[Collection(WebAppCollection.Name)]
public sealed class Timeline_pages(WebApp app)
{
    [ChromiumFact]
    public async Task The_OUC_timeline_starts_in_1979_and_shows_the_2018_Universal_College_agreement()
    {
        await using var session = await app.OpenAsync("/institutions/ouc");
        var page = session.Page;

        Assert.Equal("Open University of China (OUC)", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("February 1979", await page.Locator("ol.entries > li").First.Locator(".when").InnerTextAsync());
        Assert.Equal("1979", await page.Locator(".year-heading").First.InnerTextAsync());
        var agreement = page.Locator("ol.entries > li").Filter(new() { HasText = "Universal College" });
        Assert.Equal("17 December 2018", await agreement.Locator(".when").InnerTextAsync());
    }

    [ChromiumFact]
    public async Task The_page_opened_at_its_file_s_address_says_where_timelines_are_instead_of_asking_for_one_named_undefined()
    {
        await using var session = await app.OpenAsync("/timeline.html");

        var problem = await session.Page.Locator("#timeline .problem").InnerTextAsync();
        Assert.Contains("/institutions/{id}", problem);
        Assert.DoesNotContain("undefined", problem);
    }

    [ChromiumFact]
    public async Task Each_date_is_drawn_as_what_it_is_a_day_as_a_point_a_range_as_a_span_and_an_unknown_date_apart()
    {
        var timeline = await app.GetJsonAsync("/api/timelines/institutions/ouc?pageSize=500");
        var dates = timeline["entries"]!.AsArray().Select(e => e!["date"]!.GetValue<string>()).ToList();
        await using var session = await app.OpenAsync("/institutions/ouc");
        var marks = session.Page.Locator("#timeline-figure svg");

        Assert.Equal(dates.Count(d => d.Length == 10 && !d.Contains('/')), await marks.Locator("circle.day").CountAsync());
        Assert.Equal(dates.Count(d => d.Length == 21 && d.Contains('/')), await marks.Locator("rect.range").CountAsync());
        Assert.Equal(dates.Count(d => d == "XXXX" || d.StartsWith("..", StringComparison.Ordinal)), await marks.Locator("rect.unknown").CountAsync());
        Assert.Contains("date unknown", await marks.Locator("text.lane-label").TextContentAsync());
        Assert.Equal("Date unknown", await session.Page.Locator(".year-heading").Last.InnerTextAsync());
    }

    [ChromiumFact]
    public async Task A_timeline_within_one_year_marks_its_months_and_a_long_one_only_its_years()
    {
        // Kazakhstan's one sample record falls in late December 2019: with year lines alone its drawing is one
        // line at the left edge and a mark at the right, with nothing between to read the mark's place by.
        await using var country = await app.OpenAsync("/countries/KZ");
        var months = await country.Page.Locator("#timeline-figure svg .axis text.month").AllTextContentsAsync();
        Assert.Contains("Jul", months);
        Assert.Contains("Oct", months);
        Assert.True(await country.Page.Locator("#timeline-figure svg .axis line.month").CountAsync() == 11, "one line for each month after January");

        await using var ouc = await app.OpenAsync("/institutions/ouc");
        Assert.Equal(0, await ouc.Page.Locator("#timeline-figure svg .axis .month").CountAsync());
        Assert.Contains("2018", await ouc.Page.Locator("#timeline-figure svg .axis text").AllTextContentsAsync());
    }

    [ChromiumFact]
    public async Task A_timeline_longer_than_its_first_screen_lists_every_entry_in_date_order_under_its_year()
    {
        // More records than the page lists with its drawing, on an institution of their own, over three years.
        const int records = 130;
        await Task.WhenAll(Enumerable.Range(0, records).Select(i => app.PostJsonAsync("/api/records", JsonNode.Parse($$"""
            {
              "kind": "MeetingHeld", "date": "{{new DateOnly(2001, 1, 1).AddDays(i * 8):yyyy-MM-dd}}", "title": "Long timeline meeting {{i}}",
              "institutions": [{ "id": "web-tests-long", "name": "Long Timeline College", "country": "MY", "role": "host" }],
              "source": { "documentId": "web-tests-long", "paragraphIndex": {{i}}, "text": "Meeting {{i}} of a long timeline." }
            }
            """)!)));
        await app.WaitUntilFoldedAsync();
        var timeline = await app.GetJsonAsync("/api/timelines/institutions/web-tests-long?pageSize=500");
        var expected = timeline["entries"]!.AsArray().Select(e => e!["recordId"]!.GetValue<string>()).ToList();
        Assert.Equal(records, expected.Count);

        await using var session = await app.OpenAsync("/institutions/web-tests-long");
        await session.Page.WaitForSelectorAsync("body[data-listed]", new() { State = WaitForSelectorState.Attached });

        Assert.Equal(expected, await session.Page.Locator("ol.entries > li").EvaluateAllAsync<string[]>("items => items.map(item => item.dataset.recordId)"));
        Assert.Equal(["2001", "2002", "2003"], await session.Page.Locator(".year-heading").AllInnerTextsAsync());
        Assert.Equal(records, await session.Page.Locator("#timeline-figure svg circle.day").CountAsync());
    }

    [ChromiumFact]
    public async Task The_entries_are_asked_for_with_the_page_itself_and_read_once()
    {
        const string read = "/api/timelines/institutions/ouc?kinds=AgreementSigned%2CDelegationVisited&from=2018&pageSize=500&page=1";
        var timeline = await app.GetJsonAsync(read);
        await using var session = await app.OpenAsync("/institutions/ouc?kinds=AgreementSigned,DelegationVisited&from=2018");

        Assert.Equal([$"link {read}"], await session.ReadsAsync("/api/timelines/"));
        Assert.True(timeline["total"]!.GetValue<long>() > 0);
        Assert.Equal(timeline["total"]!.GetValue<long>(), await session.Page.Locator("ol.entries > li").CountAsync());
    }

    [ChromiumFact]
    public async Task A_country_timeline_links_each_entry_to_its_record_page()
    {
        await using var session = await app.OpenAsync("/countries/KZ");
        var page = session.Page;
        Assert.Equal("Kazakhstan (KZ)", await page.Locator("h1").InnerTextAsync());
        var entry = page.Locator("ol.entries a.title").First;
        var title = await entry.InnerTextAsync();

        await entry.ClickAsync();

        // Committed, then the page's own mark that it is drawn: a wait for the load event of a new document ran out at
        // 15 s once in a fresh-clone run (as the search page's did before), with the record page long since shown.
        await page.WaitForURLAsync("**/records/*", new() { WaitUntil = WaitUntilState.Commit });
        await session.ReadyAsync();
        Assert.Equal(title, await page.Locator("h1").InnerTextAsync());
    }

    [ChromiumFact]
    public async Task A_date_filter_narrows_the_timeline_and_stays_in_the_address()
    {
        await using var session = await app.OpenAsync("/institutions/ouc?from=2019-12&to=2019-12");
        var page = session.Page;

        Assert.Equal("2019-12", await page.GetByLabel("From", new() { Exact = true }).InputValueAsync());
        Assert.Equal(3, await page.Locator("ol.entries > li").CountAsync());
        Assert.Equal(0, await page.Locator("rect.unknown").CountAsync());
    }

    [ChromiumFact]
    public async Task A_timeline_as_known_at_a_day_keeps_the_day_in_its_field_and_reads_the_service_as_of_it()
    {
        // The sample records are recorded when the service starts: today, and never the day before.
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var dayBefore = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        await using (var known = await app.OpenAsync($"/institutions/ouc?asOf={today}"))
        {
            Assert.Equal(today, await known.Page.GetByLabel("As known at").InputValueAsync());
            Assert.Contains($"As known at the end of {today}.", await known.Page.Locator("#summary").InnerTextAsync());
            Assert.True(await known.Page.Locator("ol.entries > li").CountAsync() > 0);
        }
        await using var before = await app.OpenAsync($"/institutions/ouc?asOf={dayBefore}");
        Assert.Equal(0, await before.Page.Locator("ol.entries > li").CountAsync());
        Assert.True(await before.Page.Locator(".problem").IsVisibleAsync());
    }

    [ChromiumFact]
    public async Task Printed_a_timeline_is_a_plain_list_without_controls_or_drawing()
    {
        await using var session = await app.OpenAsync("/institutions/ouc");
        var page = session.Page;

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.False(await page.Locator("header.site").IsVisibleAsync());
        Assert.False(await page.Locator("form#filters").IsVisibleAsync());
        Assert.False(await page.Locator(".timeline-figure").IsVisibleAsync());
        Assert.True(await page.Locator("ol.entries").First.IsVisibleAsync());
        var pdf = await page.PdfAsync();
        Assert.True(pdf.Length > 1000);
    }
}
