using System.Diagnostics;
using System.Text;
using Xunit.Abstractions;

namespace Timeline.Importing.Tests;

/// <summary>
/// The extractor on text nobody would write: runs of capitals, of punctuation, of one long word, of scripts it does not
/// read. Whatever the text, reading it must finish, without an exception, in time proportional to its length. Each is
/// timed as a warmed service reads it: with the lexicon's patterns compiled (interpreted, in a process's first seconds,
/// the same patterns take several times as long).
/// </summary>
public sealed class Reading_any_text_takes_time_linear_in_its_length(ITestOutputHelper output)
{
    // Generous for a shared two-core machine: the figure itself comes from the benchmark (about a microsecond a character).
    private static readonly TimeSpan PerCharacter = TimeSpan.FromTicks(200); // 20 microseconds
    private static readonly TimeSpan Overhead = TimeSpan.FromSeconds(1);

    [Theory]
    [InlineData(1, 1_000)]
    [InlineData(2, 10_000)]
    [InlineData(3, 100_000)]
    [InlineData(4, 1_000_000)]
    public async Task Random_text_is_read_within_a_bound_per_character(int seed, int length)
    {
        var text = RandomText(new Random(seed), length);
        await AnnouncementExtractor.Warm();

        var clock = Stopwatch.StartNew();
        var extraction = AnnouncementExtractor.Extract(text, 0, new DateOnly(2024, 1, 1));
        clock.Stop();

        output.WriteLine($"{length:#,0} characters in {clock.Elapsed.TotalMilliseconds:0} ms ({clock.Elapsed.TotalMicroseconds / length:0.00} µs a character): {extraction.Kind?.ToString() ?? extraction.SkipReason}");
        Assert.True(clock.Elapsed < Overhead + PerCharacter * length, $"{length:#,0} characters took {clock.Elapsed.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task A_paragraph_of_100_000_capitals_is_read_in_well_under_the_bound()
    {
        var words = new[] { "THE", "OPEN", "UNIVERSITY", "OF", "CHINA", "SIGNED", "AN", "AGREEMENT", "WITH", "NAIROBI", "DELEGATION", "VISITED", "IN", "MAY" };
        var random = new Random(7);
        var text = new StringBuilder();
        while (text.Length < 100_000)
            text.Append(words[random.Next(words.Length)]).Append(' ');
        await AnnouncementExtractor.Warm();

        var clock = Stopwatch.StartNew();
        AnnouncementExtractor.Extract(text.ToString(), 0, null);
        clock.Stop();

        output.WriteLine($"100,000 characters of capitals in {clock.Elapsed.TotalMilliseconds:0} ms");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"100,000 characters of capitals took {clock.Elapsed.TotalMilliseconds:0} ms");
    }

    /// <summary>Stretches of one kind of character each, as a careless paste or a hostile client sends them.</summary>
    private static string RandomText(Random random, int length)
    {
        const string capitals = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        const string punctuation = ".,;:()-'’\"!?&/[]{}#*";
        string[] unicode = ["é", "ü", "ß", "中", "文", "大学", "ش", "я", "😀", "e\u0301", "\u200b", "\u00a0", "ﬁ"];
        string[] prose = ["University", "of", "China", "signed", "visited", "delegation", "Open", "2019", "May", "17-18", "(OUC)", "in", "and", "the"];
        var text = new StringBuilder(length + 64);
        while (text.Length < length)
        {
            var stretch = random.Next(1, 400);
            switch (random.Next(6))
            {
                case 0: for (var i = 0; i < stretch; i++) text.Append(capitals[random.Next(capitals.Length)]); break;
                case 1: for (var i = 0; i < stretch; i++) text.Append(capitals[random.Next(capitals.Length)]).Append(random.Next(5) == 0 ? " " : ""); break;
                case 2: for (var i = 0; i < stretch; i++) text.Append(punctuation[random.Next(punctuation.Length)]); break;
                case 3: for (var i = 0; i < stretch / 4; i++) text.Append(unicode[random.Next(unicode.Length)]); break;
                case 4: for (var i = 0; i < stretch / 6; i++) text.Append(prose[random.Next(prose.Length)]).Append(' '); break;
                default: text.Append(' ', stretch); break;
            }
        }
        return text.ToString(0, length);
    }
}
