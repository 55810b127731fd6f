using Microsoft.Data.Sqlite;

namespace Timeline.EventStore.Sqlite;

internal static class SqliteFailures
{
    private const int Busy = 5;
    private const int Locked = 6;

    /// <summary>The file's lock is held elsewhere, past the busy timeout: a passing state, not a fault of the request.</summary>
    public static bool IsBusy(SqliteException failure) => failure.SqliteErrorCode is Busy or Locked;
}
