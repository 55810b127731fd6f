using System.Collections.Frozen;

namespace Timeline.Importing;

/// <summary>
/// Latin letters with marks written as the plain letters under them ("é" as "e", "Ł" as "L", "ß" as "ss"), so an id made
/// from a name keeps every letter. The service runs without ICU, where <see cref="string.Normalize()"/> leaves them whole.
/// </summary>
internal static partial class LatinLetters
{
    private static readonly FrozenDictionary<char, string> Plain =
        Table().SelectMany(group => group.Letters.Select(letter => (letter, group.Plain))).ToFrozenDictionary(pair => pair.letter, pair => pair.Plain);

    /// <summary>The plain ASCII letters <paramref name="letter"/> is written with, or null when it has none.</summary>
    public static string? PlainOf(char letter) => Plain.GetValueOrDefault(letter);
}
