using System.Text.Json;
using Microsoft.Data.Sqlite;
using Timeline.Domain.Institutions;
using Timeline.EventStore.Serialization;
using Timeline.Projections.Storage;

namespace Timeline.Projections.Registry;

/// <summary>
/// The registry of institutions in the read model, folded from the registry's events with the domain's own
/// <see cref="InstitutionState.Evolve"/>: each institution's state, its names with the day each took effect, and
/// the ids (aliases and merged institutions) that reach another one. The entries of an id that reaches another
/// are kept on that one's timeline, so an alias's records show under the institution it names.
/// </summary>
internal sealed class RegistryTables : IDisposable
{
    /// <summary>The day key of a name in force from the start: before any real day.</summary>
    public const int FromTheStart = int.MinValue;

    public const string CreateTables = """
        CREATE TABLE IF NOT EXISTS registry (
            institution_id TEXT PRIMARY KEY,
            name           TEXT    NOT NULL,
            acronym        TEXT,
            country        TEXT,
            merged_into    TEXT,
            revision       INTEGER NOT NULL,
            state_json     BLOB    NOT NULL
        );
        CREATE TABLE IF NOT EXISTS registry_names (
            institution_id TEXT    NOT NULL,
            effective      INTEGER NOT NULL,
            name           TEXT    NOT NULL,
            acronym        TEXT,
            PRIMARY KEY (institution_id, effective)
        );
        CREATE TABLE IF NOT EXISTS registry_redirects (
            from_id        TEXT PRIMARY KEY,
            institution_id TEXT NOT NULL
        );
        """;

    public static readonly string[] Tables = ["registry", "registry_names", "registry_redirects"];

    private readonly PreparedCommand _load;
    private readonly PreparedCommand _upsert;
    private readonly PreparedCommand _deleteNames;
    private readonly PreparedCommand _insertName;
    private readonly PreparedCommand _upsertRedirect;
    private readonly PreparedCommand _redirectOf;
    private readonly PreparedCommand _forgetCounts;
    private readonly PreparedCommand _recount;
    private readonly PreparedCommand _moveTimelineRows;
    private readonly PreparedCommand _dropMovedRows;

    public RegistryTables(SqliteConnection connection)
    {
        _load = new(connection, "SELECT state_json FROM registry WHERE institution_id = $id", "$id");
        _upsert = new(connection, """
            INSERT INTO registry (institution_id, name, acronym, country, merged_into, revision, state_json)
            VALUES ($id, $name, $acronym, $country, $merged, $revision, $state)
            ON CONFLICT (institution_id) DO UPDATE SET name = excluded.name, acronym = excluded.acronym, country = excluded.country,
                merged_into = excluded.merged_into, revision = excluded.revision, state_json = excluded.state_json
            """, "$id", "$name", "$acronym", "$country", "$merged", "$revision", "$state");
        _deleteNames = new(connection, "DELETE FROM registry_names WHERE institution_id = $id", "$id");
        _insertName = new(connection,
            "INSERT OR REPLACE INTO registry_names (institution_id, effective, name, acronym) VALUES ($id, $effective, $name, $acronym)",
            "$id", "$effective", "$name", "$acronym");
        _upsertRedirect = new(connection,
            "INSERT OR REPLACE INTO registry_redirects (from_id, institution_id) VALUES ($from, $to)", "$from", "$to");
        _redirectOf = new(connection, "SELECT institution_id FROM registry_redirects WHERE from_id = $id", "$id");
        // A record naming both ids already has a row under the target: the one under the old id is then dropped.
        _moveTimelineRows = new(connection,
            "UPDATE OR IGNORE institution_timeline SET institution_id = $to WHERE institution_id = $from", "$from", "$to");
        _dropMovedRows = new(connection, "DELETE FROM institution_timeline WHERE institution_id = $from", "$from");
        // The moved rows take their counts with them: both timelines are counted again from their rows.
        _forgetCounts = new(connection,
            "DELETE FROM timeline_counts WHERE timeline = 'institution_timeline' AND key IN ($from, $to)", "$from", "$to");
        _recount = new(connection, """
            INSERT INTO timeline_counts (timeline, key, kind, entries)
            SELECT 'institution_timeline', institution_id, kind, COUNT(*) FROM institution_timeline
            WHERE institution_id IN ($from, $to) GROUP BY institution_id, kind
            """, "$from", "$to");
    }

    /// <summary>
    /// The id whose timeline holds the entries of <paramref name="institutionId"/>: itself, or where its aliases and
    /// merges lead. Followed a bounded number of times, so a cycle cannot hang the fold.
    /// </summary>
    public string CanonicalOf(string institutionId, SqliteTransaction transaction)
    {
        var id = institutionId;
        for (var hop = 0; hop < RegistryQueries.MaxHops && _redirectOf.Bind(transaction, id).ExecuteScalar() is string next; hop++)
            id = next;
        return id;
    }

    public void Apply(IEnumerable<InstitutionEnvelope> events, SqliteTransaction transaction)
    {
        var touched = new Dictionary<string, (InstitutionState State, long Revision)>();
        foreach (var envelope in events)
        {
            var id = envelope.Event.InstitutionId;
            var state = touched.TryGetValue(id, out var seen) ? seen.State : Load(id, transaction);
            touched[id] = (InstitutionState.Evolve(state, envelope.Event), envelope.Revision);
        }
        foreach (var (id, (state, revision)) in touched)
            Write(id, state, revision, transaction);
    }

    private InstitutionState Load(string institutionId, SqliteTransaction transaction) =>
        _load.Bind(transaction, institutionId).ExecuteScalar() is byte[] json
            ? JsonSerializer.Deserialize<InstitutionState>(json, EventJson.Options)!
            : InstitutionState.Initial;

    private void Write(string institutionId, InstitutionState state, long revision, SqliteTransaction transaction)
    {
        if (state.Current is not { } current)
            return;
        _upsert.Execute(transaction, institutionId, current.Name, current.Acronym, state.Country?.Value, state.MergedInto, revision,
            JsonSerializer.SerializeToUtf8Bytes(state, EventJson.Options));
        _deleteNames.Execute(transaction, institutionId);
        foreach (var name in state.Names)
            _insertName.Execute(transaction, institutionId, name.EffectiveOn?.EarliestKey ?? FromTheStart, name.Name, name.Acronym);
        foreach (var alias in state.Aliases)
            Redirect(alias, institutionId, transaction);
        if (state.MergedInto is { } into)
            Redirect(institutionId, into, transaction);
    }

    /// <summary>Makes <paramref name="from"/> lead to <paramref name="to"/>, moving the entries already on its timeline there.</summary>
    private void Redirect(string from, string to, SqliteTransaction transaction)
    {
        _upsertRedirect.Execute(transaction, from, to);
        var target = CanonicalOf(to, transaction);
        _moveTimelineRows.Execute(transaction, from, target);
        _dropMovedRows.Execute(transaction, from);
        _forgetCounts.Execute(transaction, from, target);
        _recount.Execute(transaction, from, target);
    }

    public void Dispose()
    {
        foreach (var command in new[] { _load, _upsert, _deleteNames, _insertName, _upsertRedirect, _redirectOf, _moveTimelineRows, _dropMovedRows, _forgetCounts, _recount })
            command.Dispose();
    }
}
