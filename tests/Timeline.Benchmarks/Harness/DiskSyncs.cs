using System.Diagnostics;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Timeline.Benchmarks.Harness;

/// <summary>
/// How many durable writes a second the disk under the benchmark folder takes: a small write followed by a sync,
/// in a loop. A durable commit cannot return before its sync does, so this rate bounds every crash-safe append.
/// </summary>
public static class DiskSyncs
{
    private const int BlockSize = 4096;
    private const int Blocks = 256;

    /// <summary>
    /// Overwrites 4 KB blocks of a file written and synced once beforehand, each followed by a sync: the cheapest
    /// durable write there is, like a WAL reused after a checkpoint. Runs for about <paramref name="seconds"/>.
    /// </summary>
    public static double PerSecond(string folder, double seconds = 2)
    {
        var path = Path.Combine(folder, "sync-probe.bin");
        var block = new byte[BlockSize];
        Random.Shared.NextBytes(block);
        using var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
        for (var i = 0; i < Blocks; i++)
            file.Write(block);
        file.Flush(flushToDisk: true);

        var syncs = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            file.Position = (long)(syncs % Blocks) * BlockSize;
            block[0] = (byte)syncs;
            file.Write(block);
            SyncData(file);
            syncs++;
        }
        var rate = syncs / clock.Elapsed.TotalSeconds;
        file.Dispose();
        File.Delete(path);
        return rate;
    }

    /// <summary>
    /// fdatasync on Linux, as SQLite syncs its WAL there: fsync (<see cref="FileStream.Flush(bool)"/>) also writes
    /// the file's changed times, an extra write SQLite's commits do not wait for, and would understate the ceiling.
    /// </summary>
    private static void SyncData(FileStream file)
    {
        file.Flush(flushToDisk: false);
        if (!OperatingSystem.IsLinux())
            file.Flush(flushToDisk: true);
        else if (FDataSync(file.SafeFileHandle) != 0)
            throw new IOException($"fdatasync failed with error {Marshal.GetLastPInvokeError()}.");
    }

    [DllImport("libc", EntryPoint = "fdatasync", SetLastError = true)]
    private static extern int FDataSync(SafeFileHandle file);

    /// <summary>
    /// The "why" sentence of a durable append scenario: the sync rate measured just before and just after the figure
    /// (a shared disk's rate moves by several times within a minute), the bound their mean sets when each sync carries
    /// <paramref name="eventsPerSync"/> events at best, and how much of it <paramref name="figure"/> reached.
    /// </summary>
    public static string Ceiling(double before, double after, int eventsPerSync, string carried, double figure)
    {
        var syncs = (before + after) / 2;
        var bound = eventsPerSync * syncs;
        return $"The disk took {before:N0} syncs a second just before the figure and {after:N0} just after (a 4 KB overwrite "
            + $"and fdatasync in a loop). A durable commit waits for at least one sync, so {carried}, the ceiling is "
            + $"{eventsPerSync} x {syncs:N0} (their mean) = {bound:N0} events/s; the figure is {figure / bound:P0} of it "
            + $"({figure / syncs:N1} events per sync of the disk).";
    }
}
