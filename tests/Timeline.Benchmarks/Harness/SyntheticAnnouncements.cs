using System.Globalization;

namespace Timeline.Benchmarks.Harness;

/// <summary>Announcement paragraphs in the newsroom's register, varied in kind, partner, place and date form.</summary>
public static class SyntheticAnnouncements
{
    private static readonly string[] Partners =
        ["University of Nairobi", "Hanoi Open University", "Zambia Open University", "Kenyatta University", "Anadolu University",
         "Royal University of Phnom Penh", "Mongolian National University of Education", "Universitas Terbuka"];
    private static readonly string[] Places = ["Nairobi, Kenya", "Hanoi, Vietnam", "Lusaka, Zambia", "Almaty, Kazakhstan", "Kunming", "Lanzhou"];
    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    private static readonly Func<string, string, string, string>[] Templates =
    [
        (date, partner, place) => $"On {date}, the Open University of China (OUC) and {partner} signed a memorandum of understanding in {place}.",
        (date, partner, place) => $"From {date}, a five-member delegation of the Open University of China (OUC) visited {partner} in {place}.",
        (date, partner, place) => $"On {date}, the Open University of China (OUC) held a training workshop for tutors of {partner}.",
        (date, partner, place) => $"A seminar on open education was hosted by the Open University of China (OUC) in {place} on {date}, with guests from {partner}.",
        (date, partner, place) => $"Recently, the Open University of China (OUC) donated books to {partner}.",
        (_, _, _) => "Lifelong learning is a duty that society shares with every learner.",
    ];

    public static string Page(int paragraphs, int seed = 7)
    {
        var random = new Random(seed);
        var lines = new string[paragraphs];
        for (var i = 0; i < paragraphs; i++)
        {
            var year = 2000 + random.Next(25);
            var month = Months[random.Next(12)];
            var day = 1 + random.Next(25);
            var template = random.Next(Templates.Length);
            var date = template == 1 ? $"{day}-{day + 3} {month} {year}" : $"{day} {month} {year}";
            lines[i] = Templates[template](date, Partners[random.Next(Partners.Length)], Places[random.Next(Places.Length)]);
        }
        return string.Join("\n\n", lines);
    }
}
