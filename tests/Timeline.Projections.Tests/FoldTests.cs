using Timeline.Domain.Dates;
using Timeline.Domain.Records;
using Timeline.Projections.Records;
using Timeline.Projections.Timelines;

namespace Timeline.Projections.Tests;

/// <summary>The projections as pure folds: no store, no file.</summary>
public sealed class FoldTests
{
    private static RecordViews Fold(IEnumerable<Timeline.EventStore.Serialization.EventEnvelope> log) =>
        log.Aggregate(RecordViews.Empty, RecordViews.Evolve);

    [Fact]
    public void An_institution_timeline_lists_records_by_earliest_day_then_position_with_unknown_dates_last()
    {
        var views = Fold(Given.Log(
            Given.Meeting("late", "2020-05-19"),
            Given.Meeting("unknown", "XXXX"),
            Given.Meeting("month", "2019-12"),
            Given.Meeting("day", "2019-12-01"),
            Given.Meeting("early", "2018-12-17")));

        var ouc = views.ById.Values
            .SelectMany(TimelineProjection.InstitutionRows)
            .Where(row => row.InstitutionId == "ouc")
            .Select(row => row.Entry)
            .OrderBy(e => e.Date.SortKey).ThenBy(e => e.Position)
            .Select(e => e.RecordId);

        Assert.Equal(["early", "month", "day", "late", "unknown"], ouc);
    }

    [Fact]
    public void A_record_appears_on_the_timeline_of_each_institution_and_each_country_it_concerns()
    {
        var views = Fold(Given.Log(Given.Visit("kz", "2019-12-24/2019-12-28", [Given.Ouc, Given.Psu, Given.Unesco], "KZ")));
        var view = views.ById["kz"];

        Assert.Equal(["ouc", "psu", "unesco"], TimelineProjection.InstitutionRows(view).Select(r => r.InstitutionId));
        Assert.Equal(["CN", "KZ"], TimelineProjection.CountryRows(view).Select(r => r.Country));
    }

    [Fact]
    public void A_correction_moves_the_entry_and_a_retraction_removes_it()
    {
        var log = Given.Log(
            Given.Meeting("m", "2019-01-01"),
            new RecordCorrected("m", new FactChanges(Date: HistoricalDate.Parse("2021-03"), Title: "Corrected"), "wrong year"));
        var corrected = Fold(log).ById["m"];
        var entry = Assert.Single(TimelineProjection.InstitutionRows(corrected)).Entry;

        Assert.Equal("2021-03", entry.Date.ToString());
        Assert.Equal("Corrected", entry.Title);
        Assert.Equal(1, entry.Revision);
        Assert.Equal(1, entry.Corrections);
        Assert.Equal(1, entry.Position);

        var retracted = Fold(log.Append(Given.Envelope(new RecordRetracted("m", "duplicate"), 3, 2))).ById["m"];
        Assert.Empty(TimelineProjection.InstitutionRows(retracted));
        Assert.Empty(TimelineProjection.CountryRows(retracted));
        Assert.False(retracted.IsVisible);
        Assert.True(retracted.State.Retracted);
    }

    [Fact]
    public void Folding_an_event_at_or_before_the_checkpoint_changes_nothing()
    {
        var log = Given.Log(
            Given.Meeting("m", "2019-01-01"),
            new RecordCorrected("m", new FactChanges(Title: "Once"), "typo"));
        var once = Fold(log);

        var replayed = log.Aggregate(once, RecordViews.Evolve);

        Assert.Same(once, replayed);
        Assert.Equal(1, replayed.ById["m"].State.Corrections);
        Assert.Equal(2, replayed.Checkpoint);
    }

    [Fact]
    public void A_record_counts_once_under_the_year_of_its_earliest_day_and_undated_records_under_no_year()
    {
        var views = Fold(Given.Log(
            Given.Visit("v", "2019-12-24/2020-01-02", [Given.Ouc, Given.Psu], "KZ"),
            Given.Meeting("u", "../2024-07-20"),
            Given.Meeting("gone", "2019-05-05"),
            new RecordRetracted("gone", "duplicate")));

        var counts = views.ById.Values.Where(v => v.IsVisible).Select(TimelineEntry.Of)
            .GroupBy(e => (e.Date.Year, e.Kind)).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(2, counts.Count);
        Assert.Equal(1, counts[(2019, nameof(ActivityKind.DelegationVisited))]);
        Assert.Equal(1, counts[(null, nameof(ActivityKind.MeetingHeld))]);
    }
}
