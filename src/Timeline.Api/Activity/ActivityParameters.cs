using Microsoft.AspNetCore.Mvc;
using Timeline.Api.Validation;
using Timeline.Domain.Countries;
using Timeline.Projections.ActivityByYear;

namespace Timeline.Api.Activity;

/// <summary>The filters every activity count takes, as given in the query string, and the moment to count as of.</summary>
public sealed record ActivityParameters(
    [FromQuery(Name = "institution")] string? Institution,
    [FromQuery(Name = "country")] string? Country,
    [FromQuery(Name = "kind")] string? Kind,
    [FromQuery(Name = "kinds")] string? Kinds,
    [FromQuery(Name = "groupBy")] string? GroupBy,
    [FromQuery(Name = "asOf")] string? AsOf = null)
{
    public const int FirstYear = 1;
    public const int LastYear = 9999;

    /// <summary>The filter these parameters ask for, with every problem added to <paramref name="errors"/>.</summary>
    public ActivityFilter ToFilter(ValidationErrors errors, int? fromYear = null, int? toYear = null)
    {
        if (Country is not null && !CountryCode.IsKnown(Country))
            errors.Add("country", $"'{Country}' is not an ISO 3166-1 alpha-2 country code");
        var kinds = new List<string>();
        // The single kind is read like a list of one, so a comma in it is refused rather than split.
        if (Kind is not null && !Kind.Contains(','))
            QueryValues.AddKinds(Kind, "kind", kinds, errors);
        else if (Kind is not null)
            errors.Add("kind", $"'{Kind}' is one kind only: use kinds for several");
        QueryValues.AddKinds(Kinds, "kinds", kinds, errors);
        ActivityGrouping? grouping = null;
        if (GroupBy is not null)
        {
            if (Enum.TryParse<ActivityGrouping>(GroupBy, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(GroupBy, out _))
                grouping = parsed;
            else
                errors.Add("groupBy", $"'{GroupBy}' is not a grouping: use kind, country or institution");
        }
        return new ActivityFilter(
            string.IsNullOrEmpty(Institution) ? null : Institution,
            Country is not null && CountryCode.IsKnown(Country) ? CountryCode.Parse(Country).Value : null,
            kinds.Distinct().ToList(),
            fromYear,
            toYear,
            grouping);
    }

    /// <summary>A year from 1 to 9999, or null when absent; anything else is a problem against <paramref name="field"/>.</summary>
    public static int? Year(string? text, string field, ValidationErrors errors)
    {
        if (string.IsNullOrEmpty(text))
            return null;
        if (text.Length == 4 && text.All(char.IsAsciiDigit) && int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) is var year && year >= FirstYear)
            return year;
        errors.Add(field, $"'{text}' is not a year: use four digits, such as 2019");
        return null;
    }
}
