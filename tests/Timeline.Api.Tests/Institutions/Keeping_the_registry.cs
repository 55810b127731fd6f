using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Domain.Institutions;
using Timeline.Domain.Records;
using Timeline.EventStore;
using static Timeline.Api.Tests.Activities;

namespace Timeline.Api.Tests.Institutions;

public sealed class Keeping_the_registry(EmptyStoreApi factory) : IClassFixture<EmptyStoreApi>
{
    private readonly ApiClient _api = factory.CreateApiClient();
    private readonly HttpClient _noRedirects = factory.CreateClient(new() { AllowAutoRedirect = false });

    /// <summary>Registers <paramref name="id"/> as an old name renamed on 2012-07-31, the way the OUC was.</summary>
    private async Task RegisterRenamedAsync(string id)
    {
        await ApiClient.AcceptedAsync(await _api.PostAsync("/api/institutions", new JsonObject
        {
            ["id"] = id, ["name"] = "Central Radio and TV University", ["acronym"] = "CRTVU", ["country"] = "CN",
        }), HttpStatusCode.Created);
        await ApiClient.AcceptedAsync(await _api.PostAsync($"/api/institutions/{id}/names", new JsonObject
        {
            ["name"] = "Open University of China", ["acronym"] = "OUC", ["effectiveOn"] = "2012-07-31", ["reason"] = "Re-founded under a new name.",
        }, ifMatch: "\"0\""));
    }

    private static JsonObject Naming(JsonObject body, string institutionId, string name, string country)
    {
        var institution = body["institutions"]![0]!.AsObject();
        institution["name"] = name;
        institution["country"] = country;
        body["countries"] = new JsonArray(country);
        return body;
    }

    [Fact]
    public async Task A_record_naming_a_known_id_otherwise_renames_nothing_even_after_it_is_retracted()
    {
        var id = NewId("inst");
        await RegisterRenamedAsync(id);
        await _api.RecordAndProjectAsync(Naming(Meeting(NewId("rec"), id, date: "2019-05-01"), id, "Open University of China", "CN"));
        var probe = NewId("rec");
        await _api.RecordAndProjectAsync(Naming(Meeting(probe, id, date: "2020-01-01"), id, "Something Else", "FR"));
        await _api.CatchUpAsync();

        await AssertNamedByTheRegistryAsync(id);
        await _api.CatchUpAsync();
        var ack = await ApiClient.AcceptedAsync(await _api.RetractAsync(probe, ifMatch: "\"0\""));
        await _api.WaitForProjectionsAsync(ack.Position);
        await AssertNamedByTheRegistryAsync(id);
    }

    private async Task AssertNamedByTheRegistryAsync(string id)
    {
        var registered = await _api.GetJsonAsync($"/api/institutions/{id}");
        Assert.Equal("Open University of China", registered["name"]!.GetValue<string>());
        Assert.Equal("CN", registered["country"]!.GetValue<string>());
        var timeline = await _api.GetJsonAsync($"/api/timelines/institutions/{id}");
        Assert.Equal("Open University of China", timeline["institution"]!["name"]!.GetValue<string>());
        Assert.Equal("CN", timeline["institution"]!["country"]!.GetValue<string>());
        Assert.All(timeline["entries"]!.AsArray(), e => Assert.Equal("Open University of China", e!["registryNames"]![id]!.GetValue<string>()));
        var listed = Assert.Single((await _api.GetJsonAsync($"/api/institutions?q={id}")).AsArray())!;
        Assert.Equal("Open University of China", listed["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_timeline_shows_each_entry_under_the_name_of_its_day_while_the_record_keeps_its_source_name()
    {
        var id = NewId("inst");
        await RegisterRenamedAsync(id);
        var (old, recent, undated) = (NewId("rec"), NewId("rec"), NewId("rec"));
        await _api.RecordAndProjectAsync(Naming(Meeting(old, id, date: "2005-04-02"), id, "China Central Radio and TV University", "CN"));
        await _api.RecordAndProjectAsync(Meeting(recent, id, date: "2019-05-01"));
        await _api.RecordAndProjectAsync(Meeting(undated, id, date: "XXXX"));
        await _api.CatchUpAsync();

        var entries = (await _api.GetJsonAsync($"/api/timelines/institutions/{id}"))["entries"]!.AsArray();

        Assert.Equal([old, recent, undated], entries.Select(e => e!["recordId"]!.GetValue<string>()));
        Assert.Equal(["Central Radio and TV University", "Open University of China", "Open University of China"],
            entries.Select(e => e!["registryNames"]![id]!.GetValue<string>()));
        Assert.Equal("China Central Radio and TV University", entries[0]!["institutions"]![0]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_first_record_naming_an_unknown_id_registers_it_and_a_later_one_leaves_it()
    {
        var (id, first) = (NewId("inst"), NewId("rec"));
        await _api.RecordAndProjectAsync(Naming(Meeting(first, id), id, "First Name", "KE"));
        await _api.RecordAndProjectAsync(Naming(Meeting(NewId("rec"), id), id, "Second Name", "UG"));

        var registered = await _api.GetJsonAsync($"/api/institutions/{id}");

        Assert.Equal("First Name", registered["name"]!.GetValue<string>());
        Assert.Equal(first, registered["registeredFromRecord"]!.GetValue<string>());
        var history = Assert.Single(registered["history"]!.AsArray())!;
        Assert.Equal("InstitutionRegistered.v1", history["type"]!.GetValue<string>());
        Assert.Equal(TimelineApiFactory.KeyName, history["recordedBy"]!.GetValue<string>());
    }

    [Fact]
    public async Task Records_naming_the_same_new_id_at_once_are_all_recorded_and_register_it_once()
    {
        var id = NewId("inst");
        var writes = Enumerable.Range(0, 8).Select(i => _api.RecordAsync(Naming(Meeting(NewId("rec"), id), id, $"Name {i}", "KE"))).ToList();

        foreach (var response in await Task.WhenAll(writes))
            await ApiClient.AcceptedAsync(response, HttpStatusCode.Created);

        var registered = await _api.GetJsonAsync($"/api/institutions/{id}");
        Assert.Single(registered["history"]!.AsArray());
        Assert.StartsWith("Name ", registered["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_alias_redirects_to_its_institution_and_the_records_naming_it_show_there()
    {
        var (id, alias, viaAlias) = (NewId("inst"), NewId("alias"), NewId("rec"));
        await RegisterRenamedAsync(id);
        await ApiClient.AcceptedAsync(await _api.PostAsync($"/api/institutions/{id}/aliases", new JsonObject { ["aliasId"] = alias }));
        await _api.RecordAndProjectAsync(Meeting(viaAlias, alias, date: "2019-05-01"));
        await _api.CatchUpAsync();

        using var redirect = await _noRedirects.GetAsync($"/api/timelines/institutions/{alias}?pageSize=5");

        Assert.Equal(HttpStatusCode.PermanentRedirect, redirect.StatusCode);
        Assert.Equal($"/api/timelines/institutions/{id}?pageSize=5", redirect.Headers.Location!.OriginalString);
        var timeline = await _api.GetJsonAsync($"/api/timelines/institutions/{id}");
        Assert.Equal(viaAlias, Assert.Single(timeline["entries"]!.AsArray())!["recordId"]!.GetValue<string>());
        Assert.Equal([alias], (await _api.GetJsonAsync($"/api/institutions/{id}"))["aliases"]!.AsArray().Select(a => a!.GetValue<string>()));
        using var aliasView = await _noRedirects.GetAsync($"/api/institutions/{alias}");
        Assert.Equal(HttpStatusCode.PermanentRedirect, aliasView.StatusCode);
    }

    [Fact]
    public async Task A_record_naming_an_alias_added_but_not_yet_folded_waits_for_it_and_is_read_as_the_alias()
    {
        var (id, alias, record) = (NewId("inst"), NewId("alias"), NewId("rec"));
        await RegisterRenamedAsync(id);
        await _api.CatchUpAsync();
        var store = factory.Services.GetRequiredService<IEventStore>();
        Task<HttpResponseMessage> recording;
        // Another connection's write transaction on the read model holds the fold back while the alias and the record arrive.
        using (var holder = new SqliteConnection($"Data Source={Path.Combine(factory.DataDirectory, "readmodel.db")};Pooling=False"))
        {
            holder.Open();
            using var hold = holder.BeginTransaction(System.Data.IsolationLevel.Serializable);
            using (var write = holder.CreateCommand())
            {
                write.Transaction = hold;
                write.CommandText = "UPDATE checkpoints SET position = position";
                write.ExecuteNonQuery();
            }
            await ApiClient.AcceptedAsync(await _api.PostAsync($"/api/institutions/{id}/aliases", new JsonObject { ["aliasId"] = alias }));
            recording = _api.RecordAsync(Meeting(record, alias, date: "2019-05-01"));
            await ApiClient.WaitUntilAsync(async () => await StreamExistsAsync(store, RecordIds.StreamOf(record)), "the record was never stored");

            // The record is stored; naming its institutions waits for the fold to hold the alias.
            Assert.False(recording.IsCompleted);
            hold.Rollback();
        }
        await ApiClient.AcceptedAsync(await recording, HttpStatusCode.Created);
        await _api.CatchUpAsync();

        Assert.False(await StreamExistsAsync(store, InstitutionIds.StreamOf(alias)));
        var timeline = await _api.GetJsonAsync($"/api/timelines/institutions/{id}");
        Assert.Equal(record, Assert.Single(timeline["entries"]!.AsArray())!["recordId"]!.GetValue<string>());
    }

    private static async Task<bool> StreamExistsAsync(IEventStore store, string stream)
    {
        await foreach (var _ in store.ReadStreamAsync(stream, ReadDirection.Forwards, 0, 1))
            return true;
        return false;
    }

    [Fact]
    public async Task A_merged_institution_brings_its_entries_to_the_one_it_was_merged_into()
    {
        var (kept, merged) = (NewId("inst"), NewId("inst"));
        await _api.RecordAndProjectAsync(Meeting(NewId("rec"), kept));
        await _api.RecordAndProjectAsync(Meeting(NewId("rec"), merged));
        await _api.CatchUpAsync();

        var ack = await ApiClient.AcceptedAsync(await _api.PostAsync($"/api/institutions/{merged}/merge", new JsonObject { ["into"] = kept }, ifMatch: "\"0\""));
        await _api.WaitForProjectionsAsync(ack.Position);

        Assert.Equal(2, (await _api.GetJsonAsync($"/api/timelines/institutions/{kept}"))["total"]!.GetValue<long>());
        using var redirect = await _noRedirects.GetAsync($"/api/timelines/institutions/{merged}");
        Assert.Equal(HttpStatusCode.PermanentRedirect, redirect.StatusCode);
        Assert.Equal(merged, (await _api.GetJsonAsync($"/api/institutions/{merged}"))["id"]!.GetValue<string>());
        Assert.Empty((await _api.GetJsonAsync($"/api/institutions?q={merged}")).AsArray());
    }
}
