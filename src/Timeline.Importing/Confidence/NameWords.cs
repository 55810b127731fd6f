using System.Collections.Frozen;

namespace Timeline.Importing;

/// <summary>The words <see cref="LooseNames"/> reads runs of capitalised words with: which open, join, or end a name, and which are not one.</summary>
internal static class NameWords
{
    public static bool IsConnector(ReadOnlySpan<char> word) => Connectors.Contains(word);

    /// <summary>Where one name ends and another may start: "the OUC and China Mobile", "Forum on Open Education in Beijing".</summary>
    public static bool IsBreak(ReadOnlySpan<char> word) => word is "and" or "in" or "&";

    public static bool IsOpener(ReadOnlySpan<char> word) => Openers.Contains(word);

    /// <summary>A title, also a deputy's hyphenated one: "vice-rector", "pro-vice-chancellor".</summary>
    public static bool IsRole(ReadOnlySpan<char> word) => Roles.Contains(word)
        || word.StartsWith("vice-", StringComparison.OrdinalIgnoreCase) || word.StartsWith("pro-vice-", StringComparison.OrdinalIgnoreCase);

    public static bool IsPlaceOrDate(ReadOnlySpan<char> words)
    {
        words = words.EndsWith("'s") || words.EndsWith("’s") ? words[..^2] : words.TrimEnd('\'');
        if (Gazetteer.CountryOf.ContainsKey(words) || Gazetteer.TryGetPlace(words, out _) || Gazetteer.DemonymOf.ContainsKey(words)
            || Calendar.Contains(words) || Tongues.Contains(words) || Regions.Contains(words))
            return true;
        // "Central Asian", "Inner Mongolia": a region's word before a place.
        var space = words.IndexOf(' ');
        return space > 0 && Regions.Contains(words[..space]) && IsPlaceOrDate(words[(space + 1)..]);
    }

    /// <summary>
    /// Names of events, programmes, administrative units and units inside an institution, which are not institutions:
    /// "Science Week", "International Forum on Open Education", "Butuo County", "Provincial Department of Education".
    /// </summary>
    public static bool NamesNoInstitution(ReadOnlySpan<char> words)
    {
        foreach (var range in words.Split(' '))
        {
            if (NotInstitutions.Contains(words[range].TrimEnd('\'')))
                return true;
        }
        return false;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Connectors =
        FrozenSet.ToFrozenSet(["of", "for", "and", "the", "de", "on", "in", "&"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Openers = FrozenSet.ToFrozenSet(
        ["The", "A", "An", "In", "On", "At", "From", "To", "Of", "For", "During", "Since", "By", "With", "After", "Before", "Between",
         "Over", "Recently", "Last", "This", "These", "Its", "Their", "His", "Her", "Our", "Both", "When", "While", "As", "Under", "All",
         "Some", "Several", "Many", "More", "Most", "Each", "Every", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
         "Eleven", "Twelve", "Fifteen", "Twenty", "Thirty", "Forty", "Fifty", "Hundred", "Hundreds", "Dozens"], StringComparer.Ordinal)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Calendar = FrozenSet.ToFrozenSet(
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
         "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
         // Their abbreviations, which the date rules read ("1 Sept. 2016", "Dec 12th").
         "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur",
         "Thurs", "Fri", "Sat"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Languages no country's demonym names ("courses in English"): a place's word, as a nationality's is.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Tongues = FrozenSet.ToFrozenSet(
        ["English", "Arabic", "Swahili", "Esperanto"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Regions = FrozenSet.ToFrozenSet(
        ["Central", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Inner", "Outer", "Upper", "Lower",
         "Greater", "Northeast", "Northwest", "Southeast", "Southwest", "Middle", "Asian", "African", "European", "American", "Arab", "Latin",
         "Pacific", "Nordic", "Baltic", "Caribbean", "Mediterranean", "Asia", "Africa", "Europe", "America", "Americas", "Oceania"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotInstitutions = FrozenSet.ToFrozenSet(
        ["County", "Province", "Prefecture", "District", "Region", "Municipality", "City", "State", "Week", "Day", "Year", "Forum",
         "Conference", "Congress", "Summit", "Seminar", "Symposium", "Festival", "Programme", "Program", "Project", "Initiative", "Award",
         "Awards", "Prize", "Plan", "Strategy", "Games", "Expo", "Fair", "Olympiad", "Competition", "Contest", "Championship", "Championships", "Challenge", "Cup", "Workshop", "Course",
         "Ceremony", "Alliance", "Road", "Belt", "Party", "Teachers", "Declaration", "Agenda", "Goals", "Campaign", "Exhibition", "Dialogue",
         "Department", "Faculty", "Division", "Section", "Unit"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Titles and roles: they come before or after a person's name and are not names themselves.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Roles = FrozenSet.ToFrozenSet(
        ["president", "vice", "director", "minister", "ambassador", "rector", "dean", "secretary", "chairman", "chairwoman", "chair",
         "head", "professor", "prof", "dr", "mr", "mrs", "ms", "madam", "chancellor", "consul", "governor", "mayor", "principal", "ceo",
         "founder", "representative", "officer", "deputy", "counsellor", "commissioner", "coordinator", "manager", "lecturer", "teacher",
         "tutor", "expert", "researcher", "scholar", "student", "leader", "member", "general", "executive", "vice-president",
         "vice-chancellor", "academician", "envoy", "said", "says", "led", "by"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
