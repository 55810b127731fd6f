using Microsoft.Data.Sqlite;
using Timeline.Auditing.Proofs.Checkpoints;
using Timeline.Auditing.Tree;

namespace Timeline.Auditing.Checkpoints;

/// <summary>Every signed checkpoint ever made, kept in the tree's file, so any moment maps to the one in force then.</summary>
public sealed class CheckpointStore(MerkleTreeStore tree)
{
    private const string Columns = "size, root, issued_at, key_id, signature";

    public void Add(SignedCheckpoint checkpoint)
    {
        using var connection = tree.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO checkpoints ({Columns}) VALUES ($size, $root, $at, $key, $signature)";
        command.Parameters.AddWithValue("$size", checkpoint.Size);
        command.Parameters.AddWithValue("$root", checkpoint.RootHash);
        command.Parameters.AddWithValue("$at", checkpoint.IssuedAt.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$key", checkpoint.KeyId);
        command.Parameters.AddWithValue("$signature", checkpoint.Signature);
        command.ExecuteNonQuery();
    }

    public SignedCheckpoint? Latest() => Query("ORDER BY id DESC LIMIT 1").FirstOrDefault();

    /// <summary>The checkpoint in force at <paramref name="at"/>: the last one issued at or before it.</summary>
    public SignedCheckpoint? At(DateTimeOffset at) =>
        Query("WHERE issued_at <= $at ORDER BY issued_at DESC, id DESC LIMIT 1", ("$at", at.ToUnixTimeMilliseconds())).FirstOrDefault();

    /// <summary>All of them, smallest tree first.</summary>
    public List<SignedCheckpoint> All() => Query("ORDER BY size, id");

    private List<SignedCheckpoint> Query(string rest, params (string Name, object Value)[] parameters)
    {
        using var connection = tree.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM checkpoints {rest}";
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        using var reader = command.ExecuteReader();
        var found = new List<SignedCheckpoint>();
        while (reader.Read())
            found.Add(Read(reader));
        return found;
    }

    private static SignedCheckpoint Read(SqliteDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(2)), r.GetString(3), r.GetString(4));
}
