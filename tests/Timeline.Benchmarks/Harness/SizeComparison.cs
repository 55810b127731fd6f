using System.Globalization;

namespace Timeline.Benchmarks.Harness;

/// <summary>
/// What became of each figure when the same scenarios ran at a smaller and a larger size in one run: page p99
/// and memory should grow by less than half for ten times the events; other figures are reported.
/// </summary>
public static class SizeComparison
{
    private const double MostGrowth = 1.5;

    public static IEnumerable<Result> Compare(IReadOnlyList<(int Size, Result Row)> rows)
    {
        var sizes = rows.Select(r => r.Size).Distinct().Order().ToList();
        if (sizes.Count < 2)
            yield break;
        var (small, large) = (sizes[0], sizes[^1]);
        var times = string.Create(CultureInfo.InvariantCulture, $"x{large / (double)small:0.#}");
        foreach (var (_, after) in rows.Where(r => r.Size == large))
        {
            if (rows.FirstOrDefault(r => r.Size == small && r.Row.Scenario == after.Scenario).Row is not { } before)
                continue;
            var against = $"{small:#,0} events";
            var measure = $"with {large:#,0} events against {small:#,0}";
            if (after.P99 is { } p99 && before.P99 is { } p99Before)
                yield return Bounded($"{after.Scenario} {times}", $"p99 {measure}", p99, "ms", against, p99Before);
            yield return after.Unit == "MiB"
                ? Bounded($"{after.Scenario} {times}", $"{after.Unit} {measure}", after.Figure, after.Unit, against, before.Figure)
                : new Result($"{after.Scenario} {times}", $"{after.Unit} {measure}", after.Figure, after.Unit, against, before.Figure,
                    "none set (reported)", null);
        }
    }

    private static Result Bounded(string scenario, string measure, double figure, string unit, string against, double before) =>
        new(scenario, measure, figure, unit, against, before, $"grows < {MostGrowth}x (ratio < {MostGrowth})",
            figure / before < MostGrowth,
            "Both sizes ran one after the other in this run; the notes of the scenario's own rows say where its time goes.",
            Goal.AtMost(figure / before, MostGrowth));
}
