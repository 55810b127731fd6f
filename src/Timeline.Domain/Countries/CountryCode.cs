using System.Text.Json.Serialization;

namespace Timeline.Domain.Countries;

/// <summary>An ISO 3166-1 alpha-2 country code, checked against the full list.</summary>
[JsonConverter(typeof(CountryCodeJsonConverter))]
public readonly record struct CountryCode
{
    private CountryCode(string value) => Value = value;

    public string Value { get; }

    public string Name => IsoCountryList.Names[Value];

    public static IEnumerable<CountryCode> All => IsoCountryList.Names.Keys.Select(code => new CountryCode(code));

    public static CountryCode Parse(string? text, string field = "countries")
    {
        var code = text?.Trim().ToUpperInvariant();
        if (code is null || !IsoCountryList.Names.ContainsKey(code))
            throw new DomainException(DomainErrors.UnknownCountry,
                $"'{text}' is not an ISO 3166-1 alpha-2 country code.", field);
        return new CountryCode(code);
    }

    public static bool IsKnown(string? text) =>
        text is not null && IsoCountryList.Names.ContainsKey(text.Trim().ToUpperInvariant());

    public override string ToString() => Value;
}
