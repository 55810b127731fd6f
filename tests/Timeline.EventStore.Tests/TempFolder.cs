using Microsoft.Data.Sqlite;

namespace Timeline.EventStore.Tests;

/// <summary>A fresh folder for one test's SQLite files, removed afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("timeline-test-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
