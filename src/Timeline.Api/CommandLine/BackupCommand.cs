using System.CommandLine;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Timeline.Api.CommandLine;

/// <summary>
/// <c>backup DEST</c>: copies every SQLite file of the data folder with SQLite's online backup, which gives a
/// consistent copy of each file while the service keeps writing. Restore by pointing
/// <c>Storage:DataDirectory</c> at the copy, or by copying its files back with the service stopped.
/// </summary>
public static class BackupCommand
{
    private static readonly Argument<string> Destination = new Argument<string>("DEST") { Description = "An empty or new folder for the copies." }.RefusingOptions();
    private static readonly Option<string?> Data = CommonOptions.Data();
    private static readonly Option<bool> Json = CommonOptions.Json();

    public static Command Create()
    {
        var command = new Command("backup", "Copy the data folder's SQLite stores consistently, also while the service runs.") { Destination, Data, Json };
        command.SetAction(parsed => Run(parsed.GetValue(Data), UserPaths.Resolve(parsed.GetRequiredValue(Destination)), parsed.GetValue(Json)));
        return command;
    }

    private static int Run(string? data, string destination, bool json)
    {
        var source = TimelineHost.DataDirectory(data);
        if (!Directory.Exists(source))
            return Terminal.Fail($"No data folder at {source}.");
        if (Directory.Exists(destination) && Directory.EnumerateFileSystemEntries(destination).Any())
            return Terminal.Fail($"{destination} is not empty: back up into a new or empty folder.");
        try
        {
            Directory.CreateDirectory(destination);
            foreach (var file in Directory.EnumerateFiles(source, "*.db").Order(StringComparer.Ordinal))
            {
                var target = Path.Combine(destination, Path.GetFileName(file));
                Copy(file, target);
                var bytes = new FileInfo(target).Length;
                Console.Out.WriteLine(json
                    ? JsonSerializer.Serialize(new { file = Path.GetFileName(file), bytes }, Terminal.JsonLines)
                    : $"{Path.GetFileName(file)}: {bytes:N0} bytes");
            }
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException)
        {
            // A destination that cannot be made or written (read-only, a file's path, a full disk) is the operator's to fix.
            return Terminal.Fail($"Cannot back up into {destination}: {e.Message}");
        }
    }

    private static void Copy(string file, string target)
    {
        using var from = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        using var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString());
        from.Open();
        to.Open();
        from.BackupDatabase(to);
    }
}
