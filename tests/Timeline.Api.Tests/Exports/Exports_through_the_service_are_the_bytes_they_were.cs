using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Api.Http;
using Timeline.Projections.Catalogue;
using Timeline.Projections.Timelines;
using static Timeline.Api.Tests.Activities;

namespace Timeline.Api.Tests.Exports;

/// <summary>
/// Each export format through the real pipeline, now and as of earlier moments, on records with awkward text that were
/// corrected or retracted, against the same entries read from the read model and written as before
/// (<see cref="ExportsAsTheyWere"/>).
/// </summary>
public sealed class Exports_through_the_service_are_the_bytes_they_were(EmptyStoreApi factory) : IClassFixture<EmptyStoreApi>
{
    private static readonly string[] Awkward =
    [
        "Signing, at last", "The \"open\" university", "Two lines\r\nof title", "=HYPERLINK(\"x\")", "+1 visit", "@home", "-5 degrees",
        "<b>Bold</b> & 'quoted'", "Ωé 中文 visit \u00A0 ÿ", "A smile 😀 and a rocket 🚀", "Back\\slash / slash",
    ];

    private readonly ApiClient _api = factory.CreateApiClient();

    [Theory]
    [InlineData("csv")]
    [InlineData("timelinejs")]
    [InlineData("jsonld")]
    [InlineData("jsonl")]
    public async Task An_export_now_and_as_of_each_earlier_moment_is_what_the_objects_gave(string format)
    {
        var (institution, moments) = await RecordCorrectAndRetractAsync();

        foreach (var asOf in moments.Prepend(null))
        {
            var query = asOf is null ? "" : $"&asOf={asOf}";
            using var response = await _api.Http.GetAsync($"/api/timelines/institutions/{institution}/export?format={format}{query}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var actual = await response.Content.ReadAsByteArrayAsync();

            using var scope = factory.Services.CreateScope();
            var tables = await scope.ServiceProvider.GetRequiredService<ReadMoment>().TablesAsync(asOf is null ? null : Uri.UnescapeDataString(asOf), CancellationToken.None);
            var name = (await scope.ServiceProvider.GetRequiredService<CatalogueQueries>().InstitutionAsync(institution, tables, CancellationToken.None))!.Name;
            var stored = new List<ExportedEntry>();
            await foreach (var entry in scope.ServiceProvider.GetRequiredService<TimelineExport>().InstitutionAsync(institution, tables, CancellationToken.None))
                stored.Add(entry);
            using var expected = new MemoryStream();
            await ExportsAsTheyWere.WriteAsync(format, expected, $"{name}: timeline", stored);

            Assert.NotEmpty(stored);
            Assert.Equal(System.Text.Encoding.UTF8.GetString(expected.ToArray()), System.Text.Encoding.UTF8.GetString(actual));
            Assert.Equal(expected.ToArray(), actual);
        }
    }

    /// <summary>Records one activity a title, corrects the second and retracts the third; the moments an hour after the first three writes.</summary>
    private async Task<(string Institution, string?[] Moments)> RecordCorrectAndRetractAsync()
    {
        var institution = NewId("inst");
        var records = new List<string>();
        for (var i = 0; i < Awkward.Length; i++)
        {
            var recordId = NewId("rec");
            var body = Meeting(recordId, institution, date: i % 3 == 0 ? "2019-06" : i % 3 == 1 ? "2020-11-17/2020-11-18" : "2021?");
            body["title"] = Awkward[i];
            body["places"] = new JsonArray(Awkward[(i + 1) % Awkward.Length], "Nairobi");
            body["people"] = new JsonArray(new JsonObject { ["name"] = Awkward[(i + 2) % Awkward.Length], ["role"] = "dean" });
            if (i % 2 == 0)
                body["source"]!["url"] = $"https://example.org/news?id={i}&lang=en\"'<>";
            await _api.RecordAndProjectAsync(body);
            records.Add(recordId);
        }
        await ApiClient.AcceptedAsync(await _api.CorrectAsync(records[1], new JsonObject { ["date"] = "2016-05", ["title"] = "Talks, \"corrected\" <i>later</i>" }));
        await ApiClient.AcceptedAsync(await _api.RetractAsync(records[2]));
        await _api.CatchUpAsync();
        var corrected = (await _api.GetJsonAsync($"/api/records/{records[1]}"))["history"]!.AsArray();
        var retracted = (await _api.GetJsonAsync($"/api/records/{records[2]}"))["history"]!.AsArray();
        var moments = corrected.Concat(retracted.Skip(1))
            .Select(h => Uri.EscapeDataString(DateTimeOffset.Parse(h!["recordedAt"]!.GetValue<string>()).AddHours(1).ToString("O")))
            .ToArray<string?>();
        return (institution, moments);
    }
}
