using Microsoft.Extensions.Logging;

namespace Timeline.EventStore;

public static class RetryLogging
{
    /// <summary>
    /// Logs a failure that will be retried as one warning line: what failed (<paramref name="what"/>, a message
    /// template with <paramref name="args"/>), the reason and the delay. The stack goes to Debug only: while a
    /// server is down the same failure comes back every few seconds, and its stack says nothing new.
    /// </summary>
    public static void LogRetry(this ILogger logger, Exception error, TimeSpan delay, string what, params object?[] args)
    {
#pragma warning disable CA2254 // The template is the caller's constant with a fixed tail; it is the same for every call of a site.
        logger.LogWarning(what + " ({Reason}); retrying in {DelaySeconds} s", [.. args, OneLine(error), Math.Round(delay.TotalSeconds, 2)]);
        logger.LogDebug(error, what + ": the failure in full", args);
#pragma warning restore CA2254
    }

    private static string OneLine(Exception error) =>
        error.Message.ReplaceLineEndings(" ") is { Length: > 0 } message ? message : error.GetType().Name;
}
