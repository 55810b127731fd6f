using System.Text.Json.Nodes;

namespace Timeline.Api.Tests;

/// <summary>Request bodies for recording activities, valid unless a test spoils them.</summary>
public static class Activities
{
    /// <summary>A fresh id for a record or institution, so tests sharing a service never see each other's data.</summary>
    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    public static JsonObject Meeting(string recordId, string institutionId, string date = "2015-03-10", string country = "KE") => new()
    {
        ["kind"] = "MeetingHeld",
        ["recordId"] = recordId,
        ["date"] = date,
        ["title"] = $"Partners meet to plan distance learning ({recordId})",
        ["institutions"] = new JsonArray(Institution(institutionId, country)),
        ["countries"] = new JsonArray(country),
        ["places"] = new JsonArray("Nairobi"),
        ["source"] = Source(recordId),
    };

    public static JsonObject Agreement(string recordId, string institutionId, string date = "2016-09-01", string country = "KE")
    {
        var body = Meeting(recordId, institutionId, date, country);
        body["kind"] = "AgreementSigned";
        body["title"] = $"A memorandum of understanding is signed ({recordId})";
        body["agreementType"] = "memorandum of understanding";
        return body;
    }

    public static JsonObject Institution(string id, string? country = "KE") => new()
    {
        ["id"] = id,
        ["name"] = $"Institution {id}",
        ["country"] = country,
        ["role"] = "host",
    };

    public static JsonObject Source(string recordId) => new()
    {
        ["documentId"] = "api-tests",
        ["paragraphIndex"] = 0,
        ["text"] = $"Announcement behind record {recordId}.",
    };
}
