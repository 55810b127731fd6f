using System.Diagnostics;

namespace Timeline.Projections.Telemetry;

/// <summary>The parts of a live fold, in the order it runs them.</summary>
public enum FoldStage
{
    /// <summary>Reading the checkpoint and the stored views of the records the batch changes, and evolving them.</summary>
    Load,
    /// <summary>Each record's row, search text, people and places, and the institutions it names.</summary>
    Records,
    /// <summary>The timeline rows and their kept counts.</summary>
    Timelines,
    /// <summary>The people and places catalogues.</summary>
    People,
    /// <summary>The registry's events of the batch.</summary>
    Registry,
    /// <summary>The history tables and the checkpoint.</summary>
    History,
    /// <summary>The commit, with any checkpoint of the write-ahead log SQLite runs in it.</summary>
    Commit,
}

/// <summary>
/// Where one live fold's time went, stage by stage: each call to <see cref="Done"/> charges the time since the one
/// before (or since <see cref="Start"/>) to its stage.
/// </summary>
public sealed class FoldStages
{
    public static readonly IReadOnlyList<FoldStage> All = Enum.GetValues<FoldStage>();

    private readonly long[] _elapsed = new long[All.Count];
    private long _last;

    public static FoldStages Start() => new() { _last = Stopwatch.GetTimestamp() };

    public void Done(FoldStage stage)
    {
        var now = Stopwatch.GetTimestamp();
        _elapsed[(int)stage] += now - _last;
        _last = now;
    }

    public TimeSpan this[FoldStage stage] => Stopwatch.GetElapsedTime(0, _elapsed[(int)stage]);

    /// <summary>The stage names as metrics and logs give them.</summary>
    public static string NameOf(FoldStage stage) => stage.ToString().ToLowerInvariant();
}
