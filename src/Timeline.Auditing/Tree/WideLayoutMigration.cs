using Microsoft.Data.Sqlite;

namespace Timeline.Auditing.Tree;

/// <summary>
/// Brings a tree file of the earlier layout (each leaf with its event id as text, stream, revision, type, time,
/// recorder and import batch, indexed by stream and revision, and a node row for every subtree of two or more leaves)
/// to the lean one: the leaf rows keep their index, position and hash, the id becomes its 16 bytes, and the nodes
/// below <see cref="TreeSchema.LowestNodeLevel"/> go. One transaction, so a crash part way leaves the old file to be
/// migrated on the next start; the file is compacted afterwards, which a crash may skip without harm.
/// </summary>
internal static class WideLayoutMigration
{
    public static void MigrateIfWide(SqliteConnection connection)
    {
        using (var probe = connection.CreateCommand())
        {
            probe.CommandText = "SELECT count(*) FROM pragma_table_info('leaves') WHERE name = 'stream'";
            if ((long)probe.ExecuteScalar()! == 0)
                return;
        }
        using (var transaction = connection.BeginTransaction())
        {
            // A text id that is not a GUID (only a changed file has one) becomes 16 zero bytes: it matches no event,
            // as it did before, and verify names the leaf.
            TreeSchema.Run(connection, $"""
                CREATE TABLE leaves_lean (
                    leaf_index INTEGER PRIMARY KEY,
                    position   INTEGER NOT NULL,
                    event_id   BLOB    NOT NULL,
                    hash       BLOB    NOT NULL
                );
                INSERT INTO leaves_lean (leaf_index, position, event_id, hash)
                    SELECT leaf_index, position, coalesce(CASE WHEN length(event_id) = 36 THEN unhex(event_id, '-') END, zeroblob(16)), hash
                    FROM leaves ORDER BY leaf_index;
                DROP TABLE leaves;
                ALTER TABLE leaves_lean RENAME TO leaves;
                DELETE FROM nodes WHERE level < {TreeSchema.LowestNodeLevel};
                """);
            transaction.Commit();
        }
        TreeSchema.Run(connection, "VACUUM");
    }
}
