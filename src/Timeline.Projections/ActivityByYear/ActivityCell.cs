using Timeline.Projections.Records;

namespace Timeline.Projections.ActivityByYear;

/// <summary>
/// One record's place in the activity cube: its year (null when undated), kind, and one of its countries
/// (null when it concerns none) and institutions. Counting distinct records over cells never counts a record twice.
/// </summary>
public sealed record ActivityCell(string RecordId, int? Year, string Kind, string? Country, string InstitutionId)
{
    public static IEnumerable<ActivityCell> Of(RecordView view)
    {
        if (!view.IsVisible)
            return [];
        var countries = view.Facts.AllCountries().Select(c => (string?)c.Value).DefaultIfEmpty(null).ToList();
        return
            from country in countries
            from institution in view.Facts.Institutions
            select new ActivityCell(view.Id, view.Facts.Date.Year, view.Kind.ToString(), country, institution.Id);
    }
}
