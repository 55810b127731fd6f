namespace Timeline.Projections.Timelines;

/// <summary>
/// Which timelines one fold changed, named as <see cref="InstitutionKey"/> and <see cref="CountryKey"/> name them, so
/// that answers about any other timeline can stay cached. <see cref="Everything"/> says the fold changed what every
/// timeline shows (a registry event: a rename changes names on all of them, an alias or merge moves rows).
/// </summary>
public sealed record TimelineChanges(IReadOnlySet<string> Timelines, bool Everything)
{
    public static TimelineChanges Nothing { get; } = new(new HashSet<string>(), false);

    /// <summary>A change to every timeline, such as emptying the read models.</summary>
    public static TimelineChanges All { get; } = new(new HashSet<string>(), true);

    public static string InstitutionKey(string institutionId) => $"institutions/{institutionId}";

    public static string CountryKey(string countryCode) => $"countries/{countryCode}";

    /// <summary>The timeline that <paramref name="key"/>'s rows of the timeline table <paramref name="table"/> make up.</summary>
    internal static string Of(string table, string key) =>
        table == Storage.ReadModelSchema.InstitutionTimeline ? InstitutionKey(key) : CountryKey(key);
}
