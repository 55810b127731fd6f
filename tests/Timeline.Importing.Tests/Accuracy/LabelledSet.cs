using System.Text.Json;
using Timeline.Importing;

namespace Timeline.Importing.Tests;

/// <summary>One labelled announcement of the development set: what a careful reader finds in it.</summary>
public sealed record LabelledAnnouncement(
    string Text,
    string? PublishedOn,
    string? Kind,
    string? Date,
    string[] Countries,
    string[] Institutions,
    string? Direction)
{
    public DateOnly? Published => PublishedOn is null ? null : DateOnly.Parse(PublishedOn, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Institutions compare by canonical id, so "the OUC" and "Open University of China" are one.</summary>
    public IEnumerable<string> InstitutionIds => Institutions.Select(name => KnownInstitutions.Find(name)?.Id ?? InstitutionFinder.Slug(name));
}

public static class DevelopmentSet
{
    public static IReadOnlyList<LabelledAnnouncement> Load() =>
        JsonSerializer.Deserialize<List<LabelledAnnouncement>>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Accuracy", "devset.json")), JsonSerializerOptions.Web)!;
}
