using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Timeline.Benchmarks.Harness;

/// <summary>
/// Writes back what earlier scenarios left in the page cache before the next one starts, so that no scenario's syncs
/// wait behind another's data: a fold of a million events leaves gigabytes that the kernel would otherwise write out
/// during whatever runs next.
/// </summary>
public static class DiskQuiet
{
    /// <summary>Asks the kernel to write every dirty page back and waits for it; says how much there was and how long it took.</summary>
    public static void Settle(string scenario)
    {
        var before = DirtyMebibytes();
        var clock = Stopwatch.StartNew();
        if (OperatingSystem.IsLinux())
            Sync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Before {scenario}: {before:N0} MiB waiting to be written back, written in {clock.Elapsed.TotalSeconds:0.0} s."));
    }

    /// <summary>Dirty and under-writeback memory from /proc/meminfo, in MiB; 0 where it cannot be read.</summary>
    private static double DirtyMebibytes()
    {
        if (!File.Exists("/proc/meminfo"))
            return 0;
        double kibibytes = 0;
        foreach (var line in File.ReadLines("/proc/meminfo"))
        {
            if (!line.StartsWith("Dirty:", StringComparison.Ordinal) && !line.StartsWith("Writeback:", StringComparison.Ordinal))
                continue;
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            kibibytes += double.Parse(fields[1], CultureInfo.InvariantCulture);
        }
        return kibibytes / 1024;
    }

    [DllImport("libc", EntryPoint = "sync")]
    private static extern void Sync();
}
