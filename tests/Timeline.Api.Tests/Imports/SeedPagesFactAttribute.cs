namespace Timeline.Api.Tests.Imports;

/// <summary>
/// A test that reads the two OUC newsroom pages the sample data was structured from. Their prose is not ours to
/// copy, so they are kept outside the repository: in the folder named by <c>TIMELINE_SEED_PAGES</c>, or in
/// <c>shared/seeds</c> next to the checkout. Where neither holds them the test is skipped and says so.
/// </summary>
public sealed class SeedPagesFactAttribute : FactAttribute
{
    public SeedPagesFactAttribute()
    {
        if (SeedPages.Folder is null)
            Skip = "the seed pages are not here: set TIMELINE_SEED_PAGES to their folder";
    }
}

public static class SeedPages
{
    public static string? Folder { get; } = Find();

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("TIMELINE_SEED_PAGES") is { Length: > 0 } named)
            return Directory.Exists(named) ? Path.GetFullPath(named) : null;
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
