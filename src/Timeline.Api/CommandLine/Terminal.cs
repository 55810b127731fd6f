using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;

namespace Timeline.Api.CommandLine;

/// <summary>
/// Where the verbs write: results on stdout, progress and messages on stderr, so that <c>--json</c> output can be
/// piped whole into another tool.
/// </summary>
internal static class Terminal
{
    public static readonly IAnsiConsole Out = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });

    public static readonly IAnsiConsole Error = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    /// <summary>Every key present, nulls included, text as written (no \u escapes), one object per line.</summary>
    public static readonly JsonSerializerOptions JsonLines = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 2;
    }

    /// <summary>
    /// Runs <paramref name="work"/> with a progress bar on stderr when stderr is a terminal. The bar is set to its
    /// total when the work ends, so it never stops short because the last reports arrived out of order.
    /// </summary>
    public static async Task<T> WithProgressAsync<T>(string label, Func<IProgress<(int Done, int Total)>?, Task<T>> work)
    {
        if (Console.IsErrorRedirected)
            return await work(null);
        return await Error.Progress().AutoClear(false).StartAsync(async context =>
        {
            var task = context.AddTask(Markup.Escape(label), autoStart: true, maxValue: 1);
            var result = await work(new Progress<(int Done, int Total)>(value =>
            {
                task.MaxValue = Math.Max(value.Total, 1);
                task.Value = Math.Max(task.Value, value.Done);
            }));
            task.Value = task.MaxValue;
            task.StopTask();
            return result;
        });
    }
}
