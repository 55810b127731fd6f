using System.Net;
using System.Text.Json.Nodes;
using static Timeline.Api.Tests.Activities;

namespace Timeline.Api.Tests.Institutions;

public sealed class Refusing_bad_registry_writes(EmptyStoreApi factory) : IClassFixture<EmptyStoreApi>
{
    private readonly ApiClient _api = factory.CreateApiClient();

    private async Task<string> RegisteredAsync()
    {
        var id = NewId("inst");
        await ApiClient.AcceptedAsync(await _api.PostAsync("/api/institutions", new JsonObject { ["id"] = id, ["name"] = "A College" }),
            HttpStatusCode.Created);
        return id;
    }

    /// <summary>Sends a refused write and checks it wrote nothing: the log's head does not move.</summary>
    private async Task<JsonNode> RefusedAsync(Func<Task<HttpResponseMessage>> write, HttpStatusCode status, string? field = null)
    {
        var head = await _api.HeadAsync();
        using var response = await write();
        var problem = field is null ? await Problems.AssertProblemAsync(response, status) : await Problems.AssertInvalidAsync(response, field);
        Assert.Equal(head, await _api.HeadAsync());
        return problem;
    }

    [Fact]
    public async Task A_rename_without_its_day_is_refused_naming_the_field()
    {
        var id = await RegisteredAsync();
        await RefusedAsync(() => _api.PostAsync($"/api/institutions/{id}/names",
            new JsonObject { ["name"] = "B College", ["effectiveOn"] = "2012", ["reason"] = "Renamed." }), HttpStatusCode.BadRequest, "effectiveOn");
    }

    [Fact]
    public async Task A_rename_with_a_stale_if_match_is_a_conflict()
    {
        var id = await RegisteredAsync();
        await RefusedAsync(() => _api.PostAsync($"/api/institutions/{id}/names",
            new JsonObject { ["name"] = "B College", ["effectiveOn"] = "2012-07-31", ["reason"] = "Renamed." }, ifMatch: "\"4\""), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Registering_without_the_api_key_is_unauthorised() =>
        await RefusedAsync(() => _api.PostAsync("/api/institutions", new JsonObject { ["id"] = NewId("inst"), ["name"] = "A" }, apiKey: null),
            HttpStatusCode.Unauthorized);

    [Fact]
    public async Task Registering_an_id_twice_is_a_conflict()
    {
        var id = await RegisteredAsync();
        await RefusedAsync(() => _api.PostAsync("/api/institutions", new JsonObject { ["id"] = id, ["name"] = "Other" }), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task An_unknown_field_in_the_body_is_refused() =>
        await RefusedAsync(() => _api.PostAsync("/api/institutions", new JsonObject { ["id"] = NewId("inst"), ["name"] = "A", ["colour"] = "red" }),
            HttpStatusCode.BadRequest);

    [Fact]
    public async Task An_alias_that_is_a_registered_institution_is_a_conflict()
    {
        var (id, other) = (await RegisteredAsync(), await RegisteredAsync());
        var problem = await RefusedAsync(() => _api.PostAsync($"/api/institutions/{id}/aliases", new JsonObject { ["aliasId"] = other }), HttpStatusCode.Conflict);
        Assert.Contains("merge it instead", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Merging_into_itself_is_a_conflict()
    {
        var id = await RegisteredAsync();
        await RefusedAsync(() => _api.PostAsync($"/api/institutions/{id}/merge", new JsonObject { ["into"] = id }), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Renaming_an_unregistered_institution_is_not_found() =>
        await RefusedAsync(() => _api.PostAsync($"/api/institutions/{NewId("inst")}/names",
            new JsonObject { ["name"] = "B", ["effectiveOn"] = "2012-07-31", ["reason"] = "Renamed." }), HttpStatusCode.NotFound);

    [Fact]
    public async Task An_unregistered_institution_is_not_found()
    {
        using var response = await _api.Http.GetAsync($"/api/institutions/{NewId("inst")}");
        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }
}
