using System.Diagnostics;
using System.Text.Json;

namespace Timeline.Domain.Tests.Dates;

/// <summary>
/// The npm package <c>edtf</c>, run by Node through <c>Reference/edtf-bounds.mjs</c>, as a second reading of EDTF.
/// It is there when <c>node</c> is on the PATH and the package is installed beside the script
/// (<c>npm install --prefix tests/Timeline.Domain.Tests/Dates/Reference edtf@4.11.1</c>, as CI does).
/// </summary>
public static class ReferenceImplementation
{
    public sealed record Reading(string Text, bool Valid, bool Bounded, string? Earliest, string? Latest);

    public static string? Folder { get; } = FindFolder();

    public static string? MissingBecause { get; } = FindNode() is null ? "node is not on the PATH"
        : Folder is null ? "the edtf package is not installed: npm install --prefix tests/Timeline.Domain.Tests/Dates/Reference edtf@4.11.1"
        : null;

    public static IReadOnlyList<Reading> Read(IReadOnlyList<string> texts)
    {
        var start = new ProcessStartInfo(FindNode()!, "edtf-bounds.mjs")
        {
            WorkingDirectory = Folder!,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        foreach (var text in texts)
            node.StandardInput.WriteLine(text);
        node.StandardInput.Close();
        if (!node.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            node.Kill();
            throw new TimeoutException("the reference implementation did not answer within 60 s");
        }
        var readings = output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonSerializer.Deserialize<Reading>(line, new JsonSerializerOptions(JsonSerializerDefaults.Web))!)
            .ToList();
        Assert.True(readings.Count == texts.Count, $"the reference answered {readings.Count} of {texts.Count} texts: {errors.Result}");
        return readings;
    }

    private static string? FindNode() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
        .Select(folder => Path.Combine(folder, "node"))
        .FirstOrDefault(File.Exists);

    private static string? FindFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (!File.Exists(Path.Combine(folder.FullName, "OucTimeline.sln")))
                continue;
            var reference = Path.Combine(folder.FullName, "tests", "Timeline.Domain.Tests", "Dates", "Reference");
            return Directory.Exists(Path.Combine(reference, "node_modules", "edtf")) ? reference : null;
        }
        return null;
    }
}

/// <summary>A test that needs the reference implementation; skipped, with the reason, where it is missing.</summary>
public sealed class ReferenceFactAttribute : FactAttribute
{
    public ReferenceFactAttribute()
    {
        if (ReferenceImplementation.MissingBecause is { } reason)
            Skip = reason;
    }
}
