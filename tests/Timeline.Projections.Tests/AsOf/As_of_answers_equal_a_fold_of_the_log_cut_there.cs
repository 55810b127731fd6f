using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Timeline.Domain.Dates;
using Timeline.Domain.Institutions;
using Timeline.Domain.Records;
using Timeline.EventStore.Serialization;
using Timeline.Projections.ActivityByYear;
using Timeline.Projections.AsOf;
using Timeline.Projections.Records;
using Timeline.Projections.Storage;
using Timeline.Projections.Timelines;

namespace Timeline.Projections.Tests.AsOf;

/// <summary>
/// The history tables against the definition of "as of": the domain's own fold (<see cref="RecordView.Evolve"/>)
/// over the log up to the position, for random runs of record, correct, retract and review events folded in
/// random batches.
/// </summary>
public sealed class As_of_answers_equal_a_fold_of_the_log_cut_there
{
    private static readonly string[] Dates = ["2018-12-17", "2019-12", "2019", "2020-11-17/2020-11-18", "XXXX", "../2024-07-20"];
    private static readonly InstitutionRef[] Institutions = [Given.Ouc, Given.Psu, Given.Unesco];

    /// <summary>One step: what to do (record, correct, retract, review), which record, which date, which batch cut.</summary>
    private static readonly Gen<(int Op, int Target, int Date, bool Cut)> Steps =
        from op in Gen.Choose(0, 3)
        from target in Gen.Choose(0, 7)
        from date in Gen.Choose(0, Dates.Length - 1)
        from cut in Gen.Elements(true, false)
        select (op, target, date, cut);

    [Property(MaxTest = 30)]
    public Property Timeline_entries_and_counts_as_of_every_position_are_those_of_the_fold_up_to_it() =>
        Prop.ForAll(Arb.From(Steps.ArrayOf()), steps =>
        {
            var (log, cuts) = LogOf(steps);
            var folder = Directory.CreateTempSubdirectory("timeline-asof-property-").FullName;
            try
            {
                using var readModel = new SqliteReadModel(Path.Combine(folder, "readmodel.db"));
                var from = 0;
                foreach (var cut in cuts.Append(log.Count).Where(c => c > 0).Distinct())
                {
                    readModel.Apply(log.Take(cut).Skip(from).ToList(), log[cut - 1].Position);
                    from = cut;
                }
                for (var position = 0; position <= log.Count; position++)
                    CompareAsync(readModel, log.Take(position), position).GetAwaiter().GetResult();
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(folder, recursive: true);
            }
        });

    private static async Task CompareAsync(SqliteReadModel readModel, IEnumerable<EventEnvelope> cut, long position)
    {
        var views = cut.Aggregate(RecordViews.Empty, RecordViews.Evolve).ById.Values.ToList();
        var tables = ReadModelTables.AsOf(position);
        var timelines = new TimelineQueries(readModel);
        foreach (var institution in Institutions)
        {
            var expected = views.SelectMany(TimelineProjection.InstitutionRows).Where(row => row.InstitutionId == institution.Id)
                .Select(row => row.Entry).OrderBy(e => e.Date.SortKey).ThenBy(e => e.Position);
            var page = await timelines.ForInstitutionAsync(institution.Id, new TimelineFilter(null, null, [], 1, 500), tables, CancellationToken.None);
            Assert.Equal(expected.Select(Json), page.Entries.Select(Json));
        }
        var counted = await new ActivityByYearQuery(readModel).RunAsync(new ActivityFilter(), tables, CancellationToken.None);
        var visible = views.Where(v => v.IsVisible).ToList();
        Assert.Equal(visible.Count, counted.Total);
        Assert.Equal(visible.Count(v => v.Facts.Date.Year is null), counted.Undated.Total);
        Assert.Equal(
            visible.Where(v => v.Facts.Date.Year is not null).GroupBy(v => v.Facts.Date.Year!.Value).OrderBy(g => g.Key).Select(g => $"{g.Key}:{g.Count()}"),
            counted.Years.Select(y => $"{y.Year}:{y.Total}"));
    }

    private static string Json(TimelineEntry entry) => JsonSerializer.Serialize(entry, EventJson.Options);

    /// <summary>The events the steps make, each valid for the domain (no correction of a retracted record), and where batches end.</summary>
    private static (List<EventEnvelope> Log, List<int> Cuts) LogOf((int Op, int Target, int Date, bool Cut)[] steps)
    {
        var events = new List<IRecordEvent>();
        var cuts = new List<int>();
        var live = new List<string>();
        foreach (var (op, target, date, cut) in steps)
        {
            var when = HistoricalDate.Parse(Dates[date]);
            if (op == 0 || live.Count == 0)
            {
                var id = $"r{events.Count}";
                events.Add(Given.Meeting(id, Dates[date], Institutions.Where((_, k) => k == 0 || (target >> k & 1) == 1).ToArray()));
                live.Add(id);
            }
            else
            {
                var id = live[target % live.Count];
                events.Add(op switch
                {
                    1 => new RecordCorrected(id, new FactChanges(Date: when, Title: $"Corrected {events.Count}"), "fixed"),
                    2 => new RecordRetracted(id, "withdrawn"),
                    _ => new RecordReviewed(id, ReviewVerdict.Confirmed, null),
                });
                if (op == 2)
                    live.Remove(id);
            }
            if (cut)
                cuts.Add(events.Count);
        }
        return (Given.Log([.. events]), cuts);
    }
}
