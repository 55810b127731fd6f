using Microsoft.Data.Sqlite;
using Timeline.Domain.Records;
using Timeline.Projections.Runner;
using Timeline.Projections.Storage;
using Timeline.Projections.Timelines;

namespace Timeline.Projections.Tests;

/// <summary>
/// What a fold says it changed, and the generation each timeline is at: it moves when a fold changes that timeline,
/// and for every timeline when nothing is said of what changed.
/// </summary>
public sealed class Timeline_generations_for_the_read_cache : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("timeline-generations-").FullName;

    private static readonly string Ouc = TimelineChanges.InstitutionKey("ouc");
    private static readonly string Psu = TimelineChanges.InstitutionKey("psu");
    private static readonly string Kazakhstan = TimelineChanges.CountryKey("KZ");

    [Fact]
    public void A_fold_names_the_timelines_its_records_enter_and_leave_and_no_other()
    {
        using var readModel = new SqliteReadModel(Path.Combine(_folder, "readmodel.db"));
        var log = Given.Log(
            Given.Visit("rec-1", "2019-05-01", [Given.Ouc, Given.Psu], "KZ"),
            Given.Meeting("rec-2", "2020-01-01"),
            new RecordRetracted("rec-1", "Not an activity of the university."));

        var first = readModel.Apply(log[..1], 1);
        var second = readModel.Apply(log[1..2], 2);
        var retraction = readModel.Apply(log[2..], 3);
        var again = readModel.Apply(log[2..], 3);

        Assert.Equal(new HashSet<string> { Ouc, Psu, Kazakhstan, TimelineChanges.CountryKey("CN") }, first.Timelines);
        Assert.Equal(new HashSet<string> { Ouc, TimelineChanges.CountryKey("CN") }, second.Timelines);
        Assert.Contains(Psu, retraction.Timelines);
        Assert.Contains(Kazakhstan, retraction.Timelines);
        Assert.False(first.Everything || second.Everything || retraction.Everything);
        Assert.Empty(again.Timelines);
    }

    [Fact]
    public void A_timeline_keeps_its_generation_until_a_fold_changes_it()
    {
        var status = new ProjectionStatus();
        status.Advance(10);

        status.Advance(12, new TimelineChanges(new HashSet<string> { Ouc }, Everything: false));
        status.Advance(15, new TimelineChanges(new HashSet<string> { Psu }, Everything: false));

        Assert.Equal(12, status.GenerationOf(Ouc));
        Assert.Equal(15, status.GenerationOf(Psu));
        Assert.Equal(10, status.GenerationOf(Kazakhstan));
        Assert.Equal(15, status.Checkpoint);
    }

    [Fact]
    public void A_fold_that_changes_everything_or_says_nothing_moves_every_timeline_to_its_checkpoint()
    {
        var status = new ProjectionStatus();
        status.Advance(12, new TimelineChanges(new HashSet<string> { Ouc }, Everything: false));

        status.Advance(20, new TimelineChanges(new HashSet<string>(), Everything: true));
        var afterRegistry = (status.GenerationOf(Ouc), status.GenerationOf(Psu));
        status.Advance(21, new TimelineChanges(new HashSet<string> { Psu }, Everything: false));
        status.Advance(30);

        Assert.Equal((20, 20), afterRegistry);
        Assert.Equal(30, status.GenerationOf(Psu));
        Assert.Equal(30, status.GenerationOf(Ouc));
    }

    [Fact]
    public void Past_the_timelines_it_can_track_the_status_forgets_them_all_at_the_checkpoint_rather_than_grow()
    {
        var status = new ProjectionStatus();
        var many = Enumerable.Range(0, ProjectionStatus.TrackedTimelines).Select(i => TimelineChanges.InstitutionKey($"i{i}")).ToHashSet();
        status.Advance(5, new TimelineChanges(many, Everything: false));
        status.Advance(6, new TimelineChanges(new HashSet<string> { Ouc }, Everything: false));

        Assert.Equal(6, status.GenerationOf(TimelineChanges.InstitutionKey("i0")));
        Assert.Equal(6, status.GenerationOf(Ouc));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
