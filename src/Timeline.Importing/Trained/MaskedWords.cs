using System.Text.RegularExpressions;

namespace Timeline.Importing;

/// <summary>
/// The words the trained models read, with names masked so that they learn how an announcement tells of an act, not
/// who took part: the home university is "ouc", any other run of capitalised words (a body, a place, a person) is one
/// "NAME", numbers are "NUM", months and weekdays a word each. It must read as tokens() and the feature functions of
/// tools/kind-model/train.py do, which made the weights: the two change together.
/// </summary>
public static partial class MaskedWords
{
    private const string Name = "NAME", Home = "ouc";

    private static readonly HashSet<string> Months = new(StringComparer.Ordinal)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    private static readonly HashSet<string> Weekdays = new(StringComparer.Ordinal)
        { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };

    /// <summary>Small words inside names: "NAME of the NAME" is one name.</summary>
    private static readonly HashSet<string> NameGlue = new(StringComparer.Ordinal)
        { "of", "the", "for", "and", "de", "es", "a", "in", "la", "del", "do", "da" };

    public static List<string> Of(string text)
    {
        var masked = new List<string>();
        var position = 0;
        foreach (var match in Linear.Matches(Word(), HomeName().Replace(text, " OUC "), int.MaxValue))
        {
            var word = match.Value;
            var lower = (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word)
                .ToLowerInvariant();
            var token = word == "OUC" ? Home
                : char.IsAsciiDigit(word[0]) ? "NUM"
                : Months.Contains(lower) && char.IsUpper(word[0]) ? "MONTH"
                : Weekdays.Contains(lower) ? "WEEKDAY"
                : char.IsUpper(word[0]) && position > 0 ? Name
                : lower;
            position++;
            if (token != Name || masked.Count == 0 || masked[^1] != Name)
                masked.Add(token);
        }
        return JoinNames(masked);
    }

    public static HashSet<string> KindFeatures(List<string> words)
    {
        var features = new HashSet<string>(words, StringComparer.Ordinal);
        var previous = "<s>";
        foreach (var word in words.Append("</s>"))
        {
            features.Add($"{previous} {word}");
            previous = word;
        }
        return features;
    }

    /// <summary>The words around each mention of the home university, by side and distance, and the paragraph's words and pairs.</summary>
    public static HashSet<string> DirectionFeatures(List<string> words)
    {
        var features = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            features.Add($"w:{words[i]}");
            if (i > 0)
                features.Add($"{words[i - 1]} {words[i]}");
        }
        var firstHome = words.IndexOf(Home);
        if (firstHome < 0)
            features.Add("no-home");
        for (var h = firstHome; h >= 0; h = words.IndexOf(Home, h + 1))
            for (var d = 1; d <= 4; d++)
            {
                if (h - d >= 0)
                    features.Add($"L{Math.Min(d, 3)}:{words[h - d]}");
                if (h + d < words.Count)
                    features.Add($"R{Math.Min(d, 3)}:{words[h + d]}");
            }
        var firstName = words.IndexOf(Name);
        if (firstHome >= 0 && firstName >= 0)
            features.Add(firstHome < firstName ? "home-first" : "name-first");
        return features;
    }

    /// <summary>"NAME of the NAME" and "NAME and NAME" become one name, as in the training script.</summary>
    private static List<string> JoinNames(List<string> words)
    {
        var joined = new List<string>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] == Name)
            {
                var j = i + 1;
                while (j < words.Count && NameGlue.Contains(words[j]))
                    j++;
                if (j > i + 1 && j < words.Count && words[j] == Name)
                {
                    i = j - 1;
                    continue;
                }
            }
            joined.Add(words[i]);
        }
        return joined;
    }

    [GeneratedRegex(@"\b(?:the\s+)?Open University of China\b|\bOUC\b", RegexOptions.None, matchTimeoutMilliseconds: Linear.TimeoutMilliseconds)]
    private static partial Regex HomeName();

    [GeneratedRegex(@"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’-]*|[0-9]+", RegexOptions.None, matchTimeoutMilliseconds: Linear.TimeoutMilliseconds)]
    private static partial Regex Word();
}
