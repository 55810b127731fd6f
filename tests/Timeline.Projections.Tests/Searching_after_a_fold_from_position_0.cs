using Microsoft.Data.Sqlite;
using Timeline.EventStore.Sqlite;
using Timeline.Projections.Runner;
using Timeline.Projections.Search;
using Timeline.Projections.Storage;

namespace Timeline.Projections.Tests;

/// <summary>
/// A fold from position 0 writes the records' search text alone and builds the search index from it at the end; the
/// incremental fold keeps the index up to date with every correction, retraction and review. Both must answer alike.
/// </summary>
public sealed class Searching_after_a_fold_from_position_0 : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("timeline-search-").FullName;

    private string PathOf(string name) => Path.Combine(_folder, name);

    [Fact]
    public async Task A_bulk_fold_answers_every_search_as_the_one_by_one_fold_does_with_the_same_scores_and_snippets()
    {
        using var store = new SqliteEventStore(PathOf("events.db"));
        await Log.AppendAsync(store, RandomHistory.Events(300, seed: 17));
        using var reference = await Folding_the_log_in_bulk.OneByOneAsync(store, PathOf("reference.db"));
        using var bulk = new SqliteReadModel(PathOf("bulk.db"));
        // Stretches short enough that records are corrected, retracted and reviewed across them.
        await ProjectionRebuild.CatchUpAsync(store, bulk, (_, _) => { }, CancellationToken.None, stretchEvents: 41);

        Assert.False(bulk.SearchIndexPending);
        var words = await WordsAsync(reference);
        Assert.True(words.Count > 20, $"Only {words.Count} words to search for.");
        Assert.Equal(await AnswersAsync(reference, words), await AnswersAsync(bulk, words));
        // The index holds exactly the words of the text it reads snippets from, in both files.
        await CheckIndexAsync(reference);
        await CheckIndexAsync(bulk);
    }

    [Fact]
    public async Task A_fold_that_leaves_the_index_for_later_refuses_searches_until_it_is_built_even_after_the_file_is_opened_again()
    {
        using var store = new SqliteEventStore(PathOf("events.db"));
        await Log.AppendAsync(store, RandomHistory.Events(200, seed: 29));
        using var reference = await Folding_the_log_in_bulk.OneByOneAsync(store, PathOf("reference.db"));
        var words = await WordsAsync(reference);
        using (var first = new SqliteReadModel(PathOf("first.db")))
        {
            await ProjectionRebuild.CatchUpAsync(store, first, (_, _) => { }, CancellationToken.None, stretchEvents: 53, searchIndexLater: true);
            Assert.True(first.SearchIndexPending);
            await Assert.ThrowsAsync<SearchIndexNotBuiltException>(() => AnswersAsync(first, words));
            // Everything but search answers meanwhile.
            Assert.Equal((await new RecordListQuery(reference).RunAsync(Filter(null), CancellationToken.None)).Total,
                (await new RecordListQuery(first).RunAsync(Filter(null), CancellationToken.None)).Total);
        }
        SqliteConnection.ClearAllPools();

        // As a process stopped before it built the index leaves the file: the next one knows the index is still to build.
        using var reopened = new SqliteReadModel(PathOf("first.db"));
        Assert.True(reopened.SearchIndexPending);
        await Assert.ThrowsAsync<SearchIndexNotBuiltException>(() => AnswersAsync(reopened, words));
        reopened.BuildSearchIndex();

        Assert.False(reopened.SearchIndexPending);
        Assert.Equal(await AnswersAsync(reference, words), await AnswersAsync(reopened, words));
        Assert.Equal(await ReadModelDump.OfAsync(reference), await ReadModelDump.OfAsync(reopened));
        await CheckIndexAsync(reopened);
    }

    private static RecordListFilter Filter(string? search) => new(search, null, null, [], null, null, 25, null);

    /// <summary>Every word of the records' titles, places and people once, each searched alone and as a prefix.</summary>
    private static async Task<List<string>> WordsAsync(SqliteReadModel readModel)
    {
        await using var connection = await readModel.OpenReaderAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT title || ' ' || people || ' ' || places FROM record_search_text";
        await using var reader = await command.ExecuteReaderAsync();
        var words = new SortedSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
            words.UnionWith(SearchExpression.WordsOf(reader.GetString(0)));
        return [.. words];
    }

    /// <summary>Each word's first page: the total, every entry with its snippet, and the next page's cursor (its score).</summary>
    private static async Task<List<string>> AnswersAsync(SqliteReadModel readModel, IEnumerable<string> words)
    {
        var query = new RecordListQuery(readModel);
        var answers = new List<string>();
        foreach (var word in words)
        {
            var page = await query.RunAsync(Filter(SearchExpression.Of([word])), CancellationToken.None);
            answers.Add($"{word}: {page.Total} [{string.Join("; ", page.Entries.Select(e => $"{e.RecordId} {e.Title} {e.Snippet}"))}] {page.Next}");
        }
        return answers;
    }

    /// <summary>FTS5's own check that the index holds exactly what its content table says; it fails when they differ.</summary>
    private static async Task CheckIndexAsync(SqliteReadModel readModel)
    {
        await using var connection = await readModel.OpenReaderAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO records_search (records_search, rank) VALUES ('integrity-check', 1)";
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
