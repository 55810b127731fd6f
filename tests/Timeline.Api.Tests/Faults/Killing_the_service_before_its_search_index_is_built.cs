using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Timeline.Api.Tests.CommandLine;
using Timeline.EventStore.Sqlite;
using Timeline.Projections.Runner;
using Timeline.Projections.Search;
using Timeline.Projections.Storage;
using Xunit.Abstractions;

namespace Timeline.Api.Tests.Faults;

/// <summary>
/// A read model whose tables are folded from position 0 and whose search index is still to be built, as a service's
/// first fold leaves it for a moment (and for good, if the process dies then). The service answers timelines and lists
/// at once, answers a search with 503 until the index is built, and a service killed before building it leaves a file
/// the next start completes.
/// </summary>
public sealed class Killing_the_service_before_its_search_index_is_built(ITestOutputHelper output)
{
    private const string Word = "Meeting";

    [Fact]
    public async Task Search_answers_503_until_the_index_is_built_and_the_start_after_a_kill_builds_it()
    {
        var data = ApiProcess.TempFolder();
        var files = new StoreFiles(data);
        await Killing_a_rebuild.FillAsync(files.EventsPath, records: 1_500);
        var expected = await ReferenceAsync(Path.Combine(ApiProcess.TempFolder(), "reference.db"), files.EventsPath);
        using (var store = new SqliteEventStore(files.EventsPath))
        using (var readModel = new SqliteReadModel(files.ReadModelPath))
            await ProjectionRebuild.CatchUpAsync(store, readModel, (_, _) => { }, CancellationToken.None, searchIndexLater: true);
        SqliteConnection.ClearAllPools();

        // Another writer holds the file, so the service cannot build the index: it must keep refusing searches meanwhile.
        using (var holder = new SqliteConnection($"Data Source={files.ReadModelPath};Pooling=False"))
        {
            holder.Open();
            using (var begin = holder.CreateCommand())
            {
                begin.CommandText = "BEGIN IMMEDIATE";
                begin.ExecuteNonQuery();
            }
            await using (var service = await RunningService.StartAsync(data))
            {
                using var http = service.CreateClient();
                using var search = await http.GetAsync($"/api/records?q={Word}");
                var problem = await search.Content.ReadAsStringAsync();
                Assert.True(search.StatusCode == HttpStatusCode.ServiceUnavailable, problem);
                Assert.Equal("application/problem+json", search.Content.Headers.ContentType?.MediaType);
                Assert.NotNull(search.Headers.RetryAfter);
                Assert.Contains("search index", problem, StringComparison.OrdinalIgnoreCase);
                Assert.Equal("pending", await SearchIndexAsync(http));
                Assert.Contains("search index pending", await http.GetStringAsync("/health/ready"));
                // Everything but search answers from the folded tables.
                using var list = JsonDocument.Parse(await http.GetStringAsync("/api/records"));
                Assert.Equal(expected.Listed, list.RootElement.GetProperty("total").GetInt64());
                // Killed as a crash would kill it, before the index is built.
            }
            Assert.Single(ReadPending(files.ReadModelPath, holder));
        }
        SqliteConnection.ClearAllPools();

        await using (var service = await RunningService.StartAsync(data))
        {
            using var http = service.CreateClient();
            await Eventually.ReadAsync(() => SearchIndexAsync(http), state => state == "built", Eventually.Patience, "the search index to be built");
            using var answer = JsonDocument.Parse(await http.GetStringAsync($"/api/records?q={Word}&pageSize=100"));
            var found = answer.RootElement.GetProperty("entries").EnumerateArray()
                .Select(entry => $"{entry.GetProperty("recordId").GetString()} {entry.GetProperty("snippet").GetString()}").ToList();
            output.WriteLine($"'{Word}': {found.Count} of {answer.RootElement.GetProperty("total")} after the restart");
            Assert.Equal(expected.Found, found);
            Assert.Equal(expected.Total, answer.RootElement.GetProperty("total").GetInt64());
        }
        Assert.Empty(ReadPending(files.ReadModelPath, null));
    }

    /// <summary>What a read model folded and indexed in full answers: the list's total, and the search's total and first page.</summary>
    private static async Task<(long Listed, long Total, List<string> Found)> ReferenceAsync(string path, string eventsPath)
    {
        using var store = new SqliteEventStore(eventsPath);
        using var readModel = new SqliteReadModel(path);
        await ProjectionRebuild.CatchUpAsync(store, readModel, (_, _) => { }, CancellationToken.None);
        var query = new RecordListQuery(readModel);
        var listed = await query.RunAsync(new RecordListFilter(null, null, null, [], null, null, 1, null), CancellationToken.None);
        var searched = await query.RunAsync(new RecordListFilter(SearchExpression.Of([Word]), null, null, [], null, null, 100, null),
            CancellationToken.None);
        Assert.True(searched.Total > 0, $"No record has '{Word}' to search for.");
        return (listed.Total, searched.Total, searched.Entries.Select(entry => $"{entry.RecordId} {entry.Snippet}").ToList());
    }

    private static async Task<string?> SearchIndexAsync(HttpClient http)
    {
        using var status = JsonDocument.Parse(await http.GetStringAsync("/api/projections/status"));
        return status.RootElement.GetProperty("searchIndex").GetString();
    }

    /// <summary>The file's pending row, read on <paramref name="connection"/> (the holder's own, inside its transaction) or a new one.</summary>
    private static List<long> ReadPending(string path, SqliteConnection? connection)
    {
        using var own = connection is null ? new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False") : null;
        var reader = connection ?? own!;
        if (own is not null)
            own.Open();
        using var command = reader.CreateCommand();
        command.CommandText = "SELECT since FROM search_index_pending";
        using var rows = command.ExecuteReader();
        var pending = new List<long>();
        while (rows.Read())
            pending.Add(rows.GetInt64(0));
        return pending;
    }
}
