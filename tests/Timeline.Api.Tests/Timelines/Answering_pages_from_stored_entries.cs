using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Timeline.Api.Timelines;
using Timeline.Domain.Countries;
using Timeline.Projections.Catalogue;
using Timeline.Projections.Registry;
using Timeline.Projections.Timelines;

namespace Timeline.Api.Tests.Timelines;

/// <summary>
/// A timeline page is written from its entries' stored JSON, the registry names spliced in: through the real pipeline,
/// the answer is byte for byte the page built as objects and serialised with the service's own JSON settings.
/// </summary>
public sealed class Answering_pages_from_stored_entries(SampleDataApi factory) : IClassFixture<SampleDataApi>, IAsyncLifetime
{
    private readonly ApiClient _api = factory.CreateApiClient();

    public Task InitializeAsync() => _api.CatchUpAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Every_sample_institution_page_is_the_page_serialised_from_objects()
    {
        var institutions = (await _api.GetJsonAsync("/api/institutions?pageSize=500")).AsArray().Select(i => i!["id"]!.GetValue<string>()).ToList();
        Assert.Contains("ouc", institutions);
        foreach (var id in institutions)
        {
            foreach (var query in new[] { "pageSize=500", "pageSize=3&page=2" })
            {
                var answered = await _api.Http.GetStringAsync($"/api/timelines/institutions/{id}?{query}");
                var filter = new TimelineFilter(null, null, [], query.EndsWith("page=2", StringComparison.Ordinal) ? 2 : 1,
                    query.StartsWith("pageSize=3", StringComparison.Ordinal) ? 3 : 500);
                var page = await Services<TimelineQueries>().ForInstitutionAsync(id, filter, CancellationToken.None);
                var summary = await Services<CatalogueQueries>().InstitutionAsync(id, CancellationToken.None);
                var expected = new InstitutionTimeline(summary!, page.Total, page.Page, page.PageSize, await NamedAsObjectsAsync(page),
                    page.Next is { } next ? TimelineCursors.Encode($"institutions/{id}", next) : null);
                Assert.Equal(JsonSerializer.Serialize(expected, JsonOptions), answered);
            }
        }
    }

    [Theory]
    [InlineData("KZ")]
    [InlineData("CN")]
    public async Task A_country_page_is_the_page_serialised_from_objects(string code)
    {
        var answered = await _api.Http.GetStringAsync($"/api/timelines/countries/{code}");
        var page = await Services<TimelineQueries>().ForCountryAsync(code, new TimelineFilter(null, null, [], 1, 50), CancellationToken.None);
        Assert.NotEmpty(page.Stored);
        var country = CountryCode.Parse(code);
        var expected = new CountryTimeline(new CountryRef(country.Value, country.Name), page.Total, page.Page, page.PageSize,
            await NamedAsObjectsAsync(page), page.Next is { } next ? TimelineCursors.Encode($"countries/{code}", next) : null);

        Assert.Equal(JsonSerializer.Serialize(expected, JsonOptions), answered);
    }

    /// <summary>The entries as objects, named by the registry: a plain list, which the serialiser writes member by member.</summary>
    private async Task<IReadOnlyList<TimelineEntry>> NamedAsObjectsAsync(TimelinePage page) =>
        (await Services<RegistryQueries>().NamedAsOfTheirDatesAsync(page.Entries, CancellationToken.None)).ToList();

    private JsonSerializerOptions JsonOptions => Services<IOptions<JsonOptions>>().Value.SerializerOptions;

    private T Services<T>() where T : notnull => factory.Services.GetRequiredService<T>();
}
