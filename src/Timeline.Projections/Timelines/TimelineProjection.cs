using Timeline.Projections.Records;

namespace Timeline.Projections.Timelines;

/// <summary>Where a record appears: on the timeline of each institution taking part and of each country it concerns.</summary>
public static class TimelineProjection
{
    public static IEnumerable<(string InstitutionId, TimelineEntry Entry)> InstitutionRows(RecordView view)
    {
        if (!view.IsVisible)
            yield break;
        var entry = TimelineEntry.Of(view);
        foreach (var institution in view.Facts.Institutions)
            yield return (institution.Id, entry);
    }

    public static IEnumerable<(string Country, TimelineEntry Entry)> CountryRows(RecordView view)
    {
        if (!view.IsVisible)
            yield break;
        var entry = TimelineEntry.Of(view);
        foreach (var country in entry.Countries)
            yield return (country.Value, entry);
    }
}
