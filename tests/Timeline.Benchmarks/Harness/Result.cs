namespace Timeline.Benchmarks.Harness;

/// <summary>
/// One measured figure beside its baseline from the same run and its target. <paramref name="Share"/> is how much
/// of its target the figure reached (below 1 when missed), so a missed row can say by how much; <paramref name="P99"/>
/// is the figure's latency, in ms, for scenarios whose figure is a rate, so sizes can be compared on both.
/// </summary>
public sealed record Result(
    string Scenario,
    string Measure,
    double Figure,
    string Unit,
    string Baseline,
    double BaselineFigure,
    string Target,
    bool? Met,
    string Note = "",
    double? Share = null,
    double? P99 = null)
{
    public double Ratio => BaselineFigure > 0 ? Figure / BaselineFigure : double.NaN;
}

/// <summary>How much of a target a figure reached: 1 or more is met, 0.41 is 41 % of the way.</summary>
public static class Goal
{
    public static double AtLeast(double figure, double target) => figure / target;

    public static double AtMost(double figure, double limit) => figure > 0 ? limit / figure : double.PositiveInfinity;

    /// <summary>A row with several targets is as far from its goal as its worst one.</summary>
    public static double Worst(params double[] shares) => shares.Min();
}
