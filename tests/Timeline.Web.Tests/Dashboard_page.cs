using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Timeline.Web.Tests.Browser;

namespace Timeline.Web.Tests;

[Collection(WebAppCollection.Name)]
public sealed class Dashboard_page(WebApp app)
{
    [ChromiumFact]
    public async Task The_bars_per_year_and_their_table_equal_the_service_counts()
    {
        var report = await app.GetJsonAsync("/api/activity/by-year");
        await using var session = await app.OpenAsync("/");

        var bars = await session.Page.EvaluateAsync<Dictionary<string, int>>("""
            () => {
              const chart = Chart.getChart('activity-chart');
              return Object.fromEntries(chart.data.labels.map((year, i) => [year, chart.data.datasets.reduce((sum, set) => sum + set.data[i], 0)]));
            }
            """);
        var table = await TableTotalsAsync(session.Page);
        var expected = report["years"]!.AsArray().ToDictionary(y => y!["year"]!.ToString(), y => y!["total"]!.GetValue<int>());
        Assert.NotEmpty(expected);
        foreach (var (year, total) in expected)
        {
            Assert.Equal(total, bars[year]);
            Assert.Equal(total, table[year]);
        }
        Assert.Equal(expected.Values.Sum(), bars.Values.Sum());
        Assert.Equal(expected.Values.Sum(), table.Values.Sum());
        var undated = report["undated"]!["total"]!.GetValue<int>();
        Assert.StartsWith($"{undated} record", await session.Page.Locator("#undated p").InnerTextAsync());
    }

    [ChromiumFact]
    public async Task A_kind_filter_lives_in_the_address_and_the_back_button_undoes_it()
    {
        await using var session = await app.OpenAsync("/");
        var page = session.Page;
        Assert.Contains("2018", (await TableTotalsAsync(page)).Keys);

        await page.GetByLabel("Delegation visit").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await page.WaitForURLAsync("**/?kinds=DelegationVisited");
        await page.WaitForFunctionAsync("() => !document.querySelector('tr[data-year=\"2018\"]')");
        Assert.Equal(new Dictionary<string, int> { ["2019"] = 3 }, await TableTotalsAsync(page));

        await page.GoBackAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('tr[data-year=\"2018\"]')");
        Assert.False(await page.GetByLabel("Delegation visit").IsCheckedAsync());

        await page.GoForwardAsync();
        await page.WaitForFunctionAsync("() => !document.querySelector('tr[data-year=\"2018\"]')");
        Assert.True(await page.GetByLabel("Delegation visit").IsCheckedAsync());
    }

    [ChromiumFact]
    public async Task A_record_written_while_the_dashboard_is_open_shows_up_without_a_reload()
    {
        await using var session = await app.OpenAsync("/");
        Assert.DoesNotContain("2021", (await TableTotalsAsync(session.Page)).Keys);

        await app.PostJsonAsync("/api/records", JsonNode.Parse("""
            {
              "kind": "MeetingHeld", "date": "2021-06-15", "title": "OUC meets a partner online about shared courses",
              "institutions": [{ "id": "ouc", "name": "Open University of China", "acronym": "OUC", "country": "CN", "role": "host" }],
              "source": { "documentId": "web-tests-live", "paragraphIndex": 0, "text": "A paragraph written by the page tests." }
            }
            """)!);

        await session.Page.WaitForFunctionAsync("() => document.querySelector('tr[data-year=\"2021\"] .total')?.textContent === '1'",
            null, new() { Timeout = 30_000 });
        Assert.Equal(1, (await TableTotalsAsync(session.Page))["2021"]);
        Assert.EndsWith("updates live.", await session.Page.Locator("#lag").InnerTextAsync());
    }

    [ChromiumFact]
    public async Task The_counts_and_the_busiest_lists_are_asked_for_with_the_page_itself_and_read_once()
    {
        await using var session = await app.OpenAsync("/?kinds=AgreementSigned,DelegationVisited&from=2018");
        await session.Page.Locator("#busiest-countries li").First.WaitForAsync();

        var reads = await session.ReadsAsync("/api/");
        Assert.Equal(["link /api/activity/by-year?kinds=AgreementSigned%2CDelegationVisited&from=2018"], reads.Where(read => read.Contains("/activity/")));
        Assert.Equal(["link /api/institutions?pageSize=8"], reads.Where(read => read.Contains("pageSize=8") && read.Contains("/institutions")));
        Assert.Equal(["link /api/countries?pageSize=8"], reads.Where(read => read.Contains("pageSize=8") && read.Contains("/countries")));
    }

    private static async Task<Dictionary<string, int>> TableTotalsAsync(IPage page)
    {
        var rows = await page.Locator("table.activity tbody tr").EvaluateAllAsync<string[][]>(
            "rows => rows.map(row => [row.dataset.year, row.querySelector('.total').textContent])");
        return rows.Where(row => row[1] != "0").ToDictionary(row => row[0], row => int.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
