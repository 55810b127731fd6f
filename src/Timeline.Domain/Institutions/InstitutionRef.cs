using System.Text.RegularExpressions;
using Timeline.Domain.Countries;

namespace Timeline.Domain.Institutions;

/// <summary>
/// An institution taking part in an activity: its canonical slug id (<c>ouc</c>), its name and acronym as
/// the source gives them, its country when it has one (international bodies have none), and its role.
/// </summary>
public sealed partial record InstitutionRef(string Id, string Name, string? Acronym, CountryCode? Country, InstitutionRole Role)
{
    public static string CheckedId(string? id, string field)
    {
        if (id is null || !SlugPattern().IsMatch(id))
            throw new DomainException(DomainErrors.InvalidValue,
                $"'{id}' is not an institution id: use a lower-case slug such as 'ouc' or 'universal-college'.", field);
        return id;
    }

    // \z, not $: $ also matches before a final newline, which would let "id\n" through.
    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*\z")]
    private static partial Regex SlugPattern();
}
