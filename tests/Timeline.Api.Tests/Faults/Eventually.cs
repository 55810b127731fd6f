namespace Timeline.Api.Tests.Faults;

/// <summary>Waits for a condition by asking again until a deadline: a fault test never sleeps for a guessed time.</summary>
public static class Eventually
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(20);

    /// <summary>How long a fault test waits for a process to get somewhere: long, because CI machines are shared and slow.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    /// <summary>Reads until <paramref name="done"/> holds for what was read, and returns it; fails with the last value after the timeout.</summary>
    public static async Task<T> ReadAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var value = await read();
            if (done(value))
                return value;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Waited {timeout.TotalSeconds} s for {what}; last read: {value}.");
            await Task.Delay(Interval);
        }
    }

    public static Task<T> ReadAsync<T>(Func<T> read, Func<T, bool> done, TimeSpan timeout, string what) =>
        ReadAsync(() => Task.FromResult(read()), done, timeout, what);
}
