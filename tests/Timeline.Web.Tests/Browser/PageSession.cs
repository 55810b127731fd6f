using Microsoft.Playwright;

namespace Timeline.Web.Tests.Browser;

/// <summary>One open page, with everything its console reported as an error.</summary>
public sealed class PageSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _errors = [];

    public PageSession(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                _errors.Add($"{message.Text} ({message.Location})");
        };
        page.PageError += (_, error) => _errors.Add($"uncaught: {error}");
    }

    public IPage Page { get; }

    public IReadOnlyList<string> ConsoleErrors => _errors;

    public async Task GoToAsync(string path)
    {
        await Page.GotoAsync(path);
        await ReadyAsync();
    }

    /// <summary>Each page marks its body once its content is drawn; waiting on that mark is a bounded wait.</summary>
    public Task ReadyAsync() =>
        Page.WaitForSelectorAsync("body[data-chart], body[data-timeline], body[data-record], body[data-review], body[data-search], .problem",
            new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });

    /// <summary>
    /// The page's reads under <paramref name="pathPrefix"/> so far, in order, each with what started it: <c>link</c> for an
    /// answer named by a preload, <c>fetch</c> for one the page's script had to ask for itself.
    /// </summary>
    public async Task<IReadOnlyList<string>> ReadsAsync(string pathPrefix) =>
        await Page.EvaluateAsync<string[]>("""
            prefix => performance.getEntriesByType('resource')
              .map(entry => ({ initiator: entry.initiatorType, url: new URL(entry.name) }))
              .filter(read => read.url.pathname.startsWith(prefix))
              .map(read => `${read.initiator} ${read.url.pathname}${read.url.search}`)
            """, pathPrefix);

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
