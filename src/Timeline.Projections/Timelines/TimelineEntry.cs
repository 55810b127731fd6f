using Timeline.Domain.Countries;
using Timeline.Domain.Dates;
using Timeline.Domain.Institutions;
using Timeline.Projections.Records;

namespace Timeline.Projections.Timelines;

/// <summary>What a timeline shows of one record.</summary>
public sealed record TimelineEntry(
    string RecordId,
    string Kind,
    HistoricalDate Date,
    string DateDisplay,
    string Title,
    IReadOnlyList<InstitutionRef> Institutions,
    IReadOnlyList<CountryCode> Countries,
    IReadOnlyList<string> Places,
    long Revision,
    int Corrections,
    long Position)
{
    /// <summary>
    /// The registry's name of each institution the entry names, as of the entry's date; added when a timeline is
    /// read (never stored), while <see cref="Institutions"/> keeps the names as the source wrote them.
    /// </summary>
    public IReadOnlyDictionary<string, string>? RegistryNames { get; init; }

    public static TimelineEntry Of(RecordView view) => new(
        view.Id,
        view.Kind.ToString(),
        view.Facts.Date,
        view.Facts.Date.Display,
        view.Facts.Title,
        view.Facts.Institutions,
        view.Facts.AllCountries(),
        view.Facts.Places,
        view.Revision,
        view.State.Corrections,
        view.FirstPosition);
}
