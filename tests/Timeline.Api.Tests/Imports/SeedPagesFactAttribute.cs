namespace Timeline.Api.Tests.Imports;

/// <summary>
/// A test that reads the newsroom pages the project started from. They sit beside the repository (in
/// <c>shared/seeds</c>), not in it; where they are absent the test is skipped and says so.
/// </summary>
public sealed class SeedPagesFactAttribute : FactAttribute
{
    public SeedPagesFactAttribute()
    {
        if (SeedPages.Folder is null)
            Skip = "the seed pages (shared/seeds beside the repository) are not on this machine";
    }
}

public static class SeedPages
{
    public static string? Folder { get; } = Find();

    private static string? Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "OucTimeline.sln")))
            {
                var seeds = Path.Combine(folder.FullName, "..", "shared", "seeds");
                return Directory.Exists(seeds) && Directory.EnumerateFiles(seeds, "*.txt").Any() ? Path.GetFullPath(seeds) : null;
            }
        }
        return null;
    }

    public static IEnumerable<(string DocumentId, string Text)> All() =>
        Directory.EnumerateFiles(Folder!, "*.txt").Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileNameWithoutExtension(path), File.ReadAllText(path)));
}
