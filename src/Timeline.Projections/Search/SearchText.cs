using Timeline.Projections.Records;

namespace Timeline.Projections.Search;

/// <summary>
/// The words a record is found by, column by column of the search table: its title, its source paragraph,
/// the people named (with their roles), its places, and the institutions taking part (names and acronyms).
/// Built from the record's current facts only, so a correction replaces them and a rebuild builds the same.
/// </summary>
public sealed record SearchText(string Title, string Source, string People, string Places, string Institutions)
{
    public static SearchText Of(RecordView view)
    {
        var facts = view.Facts;
        return new SearchText(
            facts.Title,
            facts.Source.Text ?? "",
            Lines(facts.People.Select(p => p.Role is null ? p.Name : $"{p.Name}, {p.Role}")),
            Lines(facts.Places),
            Lines(facts.Institutions.Select(i => i.Acronym is null ? i.Name : $"{i.Name} ({i.Acronym})")));
    }

    // A separator a reader of a snippet can see, where one part ends and the next begins.
    private static string Lines(IEnumerable<string> parts) => string.Join("; ", parts);
}
