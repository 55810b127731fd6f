using System.Globalization;

namespace Timeline.Importing;

/// <summary>
/// A multinomial logistic regression over sets of features: a weight for each feature and class, summed, then a
/// softmax. Its weights are text made by tools/kind-model/train.py (the classes, the biases, then one feature a line),
/// embedded in the assembly. Reading a paragraph costs one lookup a feature.
/// </summary>
public sealed class LinearModel
{
    private readonly string[] _classes;
    private readonly double[] _bias;
    private readonly Dictionary<string, double[]> _weights;

    private LinearModel(string[] classes, double[] bias, Dictionary<string, double[]> weights) =>
        (_classes, _bias, _weights) = (classes, bias, weights);

    /// <summary>The class with the highest probability, and that probability.</summary>
    public (string Class, double Probability) Best(IEnumerable<string> features)
    {
        var scores = (double[])_bias.Clone();
        foreach (var feature in features)
            if (_weights.TryGetValue(feature, out var weights))
                for (var c = 0; c < scores.Length; c++)
                    scores[c] += weights[c];
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
            if (scores[c] > scores[best])
                best = c;
        var total = scores.Sum(s => Math.Exp(s - scores[best]));
        return (_classes[best], 1 / total);
    }

    public static LinearModel Load(string resource)
    {
        using var stream = typeof(LinearModel).Assembly.GetManifestResourceStream($"Timeline.Importing.Trained.Data.{resource}")
            ?? throw new InvalidOperationException($"the weights {resource} are not embedded");
        using var reader = new StreamReader(stream);
        var classes = Fields(reader.ReadLine(), "classes");
        var bias = Numbers(Fields(reader.ReadLine(), "bias"));
        var weights = new Dictionary<string, double[]>(StringComparer.Ordinal);
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            weights[line[..tab]] = Numbers(line[(tab + 1)..].Split('\t'));
        }
        return new(classes, bias, weights);
    }

    private static string[] Fields(string? line, string expected) =>
        line?.Split('\t') is [var head, .. var rest] && head == expected ? rest
            : throw new InvalidDataException($"the weights' {expected} line is missing");

    private static double[] Numbers(string[] fields) =>
        fields.Select(f => double.Parse(f, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();
}
