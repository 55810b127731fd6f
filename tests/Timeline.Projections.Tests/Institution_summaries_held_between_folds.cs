using Timeline.Domain.Countries;
using Timeline.Domain.Institutions;
using Timeline.Domain.Records;
using Timeline.Projections.Catalogue;
using Timeline.Projections.Storage;

namespace Timeline.Projections.Tests;

/// <summary>
/// An institution's summary is held between the folds that change it: read straight after a fold that records,
/// corrects, retracts, renames or merges, it is what SQLite holds, and a fold of another timeline keeps it.
/// </summary>
public sealed class Institution_summaries_held_between_folds : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("timeline-summaries-").FullName;

    private static readonly InstitutionRef Renamed = Given.Ouc with { Name = "The Open University of China" };
    private static readonly InstitutionRef Other = new("other", "Other College", null, null, InstitutionRole.Party);

    [Fact]
    public async Task A_summary_read_straight_after_each_fold_is_the_one_SQLite_holds()
    {
        using var readModel = new SqliteReadModel(Path.Combine(_folder, "readmodel.db"));
        var log = Log.Stored([
            Given.Meeting("first", "2015-01-01", Given.Ouc),
            Given.Meeting("elsewhere", "2015-02-01", Given.Psu),
            Given.Meeting("second", "2016-01-01", Given.Ouc),
            new RecordCorrected("second", new FactChanges(Institutions: [Renamed]), "The name as the source wrote it later."),
            new InstitutionRegistered("ouc", "Open University of China (registry)", "OUC", CountryCode.Parse("CN"), null),
            new InstitutionRegistered("other", "Other College", null, null, null),
            Given.Meeting("merged-away", "2017-01-01", Other),
            new InstitutionMerged("other", "ouc"),
            new RecordRetracted("first", "Not ours."),
        ]);
        var held = new CatalogueQueries(readModel);
        var seen = new List<InstitutionSummary>();
        foreach (var upTo in Enumerable.Range(1, log.Count))
        {
            Log.Apply(readModel, log[(upTo - 1)..upTo]);
            var summary = await held.InstitutionAsync("ouc", CancellationToken.None);
            // A new reader holds nothing, so it reads SQLite.
            Assert.Equal(await new CatalogueQueries(readModel).InstitutionAsync("ouc", CancellationToken.None), summary);
            seen.Add(summary!);
        }

        // The fold of the second event changed another institution's timeline only: the summary was held, not read again.
        Assert.Same(seen[0], seen[1]);
        Assert.NotSame(seen[1], seen[2]);

        Assert.Equal(
        [
            "Open University of China 1", "Open University of China 1", "Open University of China 2",
            "The Open University of China 2", "Open University of China (registry) 2", "Open University of China (registry) 2",
            "Open University of China (registry) 2", "Open University of China (registry) 3", "Open University of China (registry) 2",
        ], seen.Select(summary => $"{summary.Name} {summary.Records}"));
    }

    [Fact]
    public async Task A_summary_is_held_on_a_file_folded_before_it_was_opened()
    {
        var path = Path.Combine(_folder, "folded-before.db");
        using (var folded = new SqliteReadModel(path))
            Log.Apply(folded, Log.Stored([Given.Meeting("first", "2015-01-01", Given.Ouc)]));
        using var readModel = new SqliteReadModel(path);
        var catalogue = new CatalogueQueries(readModel);

        var first = await catalogue.InstitutionAsync("ouc", CancellationToken.None);

        Assert.Equal(1, first!.Records);
        Assert.Same(first, await catalogue.InstitutionAsync("ouc", CancellationToken.None));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
