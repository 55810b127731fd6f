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

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
