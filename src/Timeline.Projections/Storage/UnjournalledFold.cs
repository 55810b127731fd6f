using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Timeline.Projections.Storage;

/// <summary>
/// A fold from position 0 into an empty read model, written without the write-ahead log: nothing is lost if it is cut
/// short, since it starts again from zero, so its stretches need not each be crash-safe. Pages go straight into the
/// file once (instead of into the log and then copied into the file), nothing is synced until the end, and a
/// rollback still works (the journal is kept in memory; it holds little, as the pages a fold from empty writes are
/// mostly new). A marker file beside the read model stands while the file is written this way: a process killed
/// meanwhile leaves it, and the next open discards the file and folds again from position 0.
/// </summary>
internal static class UnjournalledFold
{
    private static string MarkerOf(string path) => path + "-unsynced";

    /// <summary>Deletes a read-model file whose fold from position 0 never finished, so it is made anew and folded again.</summary>
    public static void DiscardIfCutShort(string path)
    {
        var marker = MarkerOf(path);
        if (!File.Exists(marker))
            return;
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
            File.Delete(file);
        File.Delete(marker);
    }

    /// <summary>
    /// Leaves the write-ahead log for a journal in memory and stops syncing. Needs the writer to be the file's only
    /// connection: when a reader holds the file open, the mode stays as it is, and so does the crash-safe fold.
    /// </summary>
    /// <returns>Whether the file is now written without the write-ahead log.</returns>
    public static bool Begin(SqliteConnection writer, string path)
    {
        // On disk before the first page is written without the log.
        using (var marker = new FileStream(MarkerOf(path), FileMode.Create, FileAccess.Write))
            marker.Flush(flushToDisk: true);
        if (string.Equals(LeaveWriteAheadLog(writer), "memory", StringComparison.OrdinalIgnoreCase))
        {
            Pragma(writer, "synchronous=OFF");
            return true;
        }
        File.Delete(MarkerOf(path));
        return false;
    }

    /// <summary>
    /// Asks for the journal in memory without waiting: another connection that has read the file (even one idle now)
    /// keeps it in the write-ahead log, and SQLite says so as a busy file at once. Stepped directly, as the driver
    /// would retry a busy file for its whole command timeout.
    /// </summary>
    private static string? LeaveWriteAheadLog(SqliteConnection writer)
    {
        var waited = Pragma(writer, "busy_timeout");
        Pragma(writer, "busy_timeout=0");
        try
        {
            var database = writer.Handle!;
            if (raw.sqlite3_prepare_v2(database, "PRAGMA journal_mode=MEMORY", out var statement) is var prepared and not raw.SQLITE_OK)
                SqliteException.ThrowExceptionForRC(prepared, database);
            using (statement)
                return raw.sqlite3_step(statement) == raw.SQLITE_ROW ? raw.sqlite3_column_text(statement, 0).utf8_to_string() : null;
        }
        finally
        {
            Pragma(writer, $"busy_timeout={waited}");
        }
    }

    /// <summary>Back to the write-ahead log, the file synced to disk, and only then the marker removed.</summary>
    public static void End(SqliteConnection writer, string path)
    {
        if (!string.Equals(Pragma(writer, "journal_mode=WAL"), "wal", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"The read model {path} could not return to the write-ahead log.");
        Pragma(writer, "synchronous=NORMAL");
        using (var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite))
            file.Flush(flushToDisk: true);
        File.Delete(MarkerOf(path));
    }

    private static string? Pragma(SqliteConnection writer, string pragma)
    {
        using var command = writer.CreateCommand();
        command.CommandText = $"PRAGMA {pragma}";
        return command.ExecuteScalar()?.ToString();
    }
}
