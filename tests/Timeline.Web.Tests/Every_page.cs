using Timeline.Web.Tests.Browser;

namespace Timeline.Web.Tests;

[Collection(WebAppCollection.Name)]
public sealed class Every_page(WebApp app)
{
    private async Task<IReadOnlyList<(string Name, string Path)>> PagesAsync()
    {
        var ouc = await app.GetJsonAsync("/api/timelines/institutions/ouc");
        await app.FlaggedRecordAsync();
        return
        [
            ("dashboard", "/"),
            ("institution", "/institutions/ouc"),
            ("country", "/countries/KZ"),
            ("record", $"/records/{ouc["entries"]![0]!["recordId"]!.GetValue<string>()}"),
            ("review", "/review"),
            ("search", "/search?q=Kazakhstan"),
        ];
    }

    [ChromiumFact]
    public async Task Every_page_shows_without_console_errors_or_sideways_scrolling_at_375_and_1440_pixels()
    {
        var problems = new List<string>();
        foreach (var (name, path) in await PagesAsync())
        {
            foreach (var width in new[] { WebApp.Narrow, WebApp.Wide })
            {
                await using var session = await app.OpenAsync(path, width);
                var page = session.Page;
                await Screenshots.TakeAsync(page, name, width);
                problems.AddRange(session.ConsoleErrors.Select(error => $"{name} at {width}: {error}"));
                var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                if (overflow > 0)
                    problems.Add($"{name} at {width}: {overflow} px wider than the window");
            }
        }
        Assert.Empty(problems);
    }

    [ChromiumFact]
    public async Task On_every_page_each_control_has_a_label_and_the_Tab_key_reaches_it_with_a_visible_focus()
    {
        var problems = new List<string>();
        foreach (var (name, path) in await PagesAsync())
        {
            await using var session = await app.OpenAsync(path);
            var page = session.Page;
            var unlabelled = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('input, select, textarea')]
                  .filter(control => control.labels.length === 0 && !control.getAttribute('aria-label'))
                  .map(control => control.outerHTML.slice(0, 80))
                """);
            problems.AddRange(unlabelled.Select(control => $"{name}: no label for {control}"));

            var count = await page.EvaluateAsync<int>("""
                () => {
                  const reachable = [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')]
                    .filter(e => e.tabIndex >= 0 && !e.disabled && e.checkVisibility({ visibilityProperty: true }) && !e.closest('[aria-hidden="true"]'));
                  reachable.forEach((e, i) => e.dataset.probe = String(i));
                  return reachable.length;
                }
                """);
            var reached = new HashSet<string>();
            // A date and time input holds several Tab stops of its own, so allow for more presses than controls.
            for (var press = 0; press < count * 2 + 20 && reached.Count < count; press++)
            {
                await page.Keyboard.PressAsync("Tab");
                var focus = await page.EvaluateAsync<string[]>("""
                    () => { const e = document.activeElement; return [e?.dataset?.probe ?? '', getComputedStyle(e).outlineStyle]; }
                    """);
                if (focus[0] == string.Empty)
                    continue;
                reached.Add(focus[0]);
                if (focus[1] == "none")
                    problems.Add($"{name}: control {focus[0]} shows no focus outline");
            }
            var missed = Enumerable.Range(0, count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Except(reached).ToList();
            if (missed.Count > 0)
                problems.Add($"{name}: Tab never reached {missed.Count} of {count} controls: " + string.Join(", ",
                    await page.EvaluateAsync<string[]>("missed => missed.map(i => document.querySelector(`[data-probe='${i}']`).outerHTML.slice(0, 60))", missed)));
        }
        Assert.Empty(problems);
    }
}
