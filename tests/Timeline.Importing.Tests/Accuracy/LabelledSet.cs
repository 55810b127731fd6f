using System.Text.Json;

namespace Timeline.Importing.Tests;

/// <summary>One labelled announcement: what a careful reader finds in it, and which part of the set it belongs to.</summary>
public sealed record LabelledAnnouncement(
    string Text,
    string? PublishedOn,
    string? Kind,
    string? Date,
    string[] Countries,
    string[] Institutions,
    string? Direction,
    string Part)
{
    public DateOnly? Published => PublishedOn is null ? null : DateOnly.Parse(PublishedOn, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Institutions compare by canonical id, so "the OUC" and "Open University of China" are one.</summary>
    public IEnumerable<string> InstitutionIds => Institutions.Select(name => KnownInstitutions.Find(name)?.Id ?? InstitutionFinder.Slug(name));
}

/// <summary>
/// The labelled announcements, split once by a fixed seed into a tuning part (the rules are built against it) and a
/// sealed part (measured, never used to build), a calibration part written later on purpose unlike the tuning
/// part (the review flag is calibrated on it; the rules are never tuned on it), and a third to sixteenth round, each written to be
/// scored once as unseen text and then built against. The part is stored with each item, so it never moves.
/// </summary>
public static class LabelledSet
{
    public const string Tuning = "tuning";
    public const string Sealed = "sealed";
    public const string Calibration = "calibration";
    public const string Round3 = "round3";
    public const string Round4 = "round4";
    public const string Round5 = "round5";
    public const string Round6 = "round6";
    public const string Round7 = "round7";
    public const string Round8 = "round8";
    public const string Round9 = "round9";
    public const string Round10 = "round10";
    public const string Round11 = "round11";
    public const string Round12 = "round12";
    public const string Round13 = "round13";
    public const string Round14 = "round14";
    public const string Round15 = "round15";
    public const string Round16 = "round16";

    public static IReadOnlyList<LabelledAnnouncement> Load(string part) =>
        JsonSerializer.Deserialize<List<LabelledAnnouncement>>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Accuracy", "labelled.json")), JsonSerializerOptions.Web)!
        .Where(a => a.Part == part).ToList();
}
