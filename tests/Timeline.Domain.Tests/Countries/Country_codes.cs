using System.Text.Json;
using Timeline.Domain.Countries;
using Timeline.EventStore.Serialization;

namespace Timeline.Domain.Tests.Countries;

public class Country_codes
{
    /// <summary>The 249 officially assigned ISO 3166-1 alpha-2 codes, written out independently of the domain's list.</summary>
    private static readonly string[] IsoCodes = """
        AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ
        BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
        CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ
        DE DJ DK DM DO DZ
        EC EE EG EH ER ES ET
        FI FJ FK FM FO FR
        GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY
        HK HM HN HR HT HU
        ID IE IL IM IN IO IQ IR IS IT
        JE JM JO JP
        KE KG KH KI KM KN KP KR KW KY KZ
        LA LB LC LI LK LR LS LT LU LV LY
        MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ
        NA NC NE NF NG NI NL NO NP NR NU NZ
        OM
        PA PE PF PG PH PK PL PM PN PR PS PT PW PY
        QA
        RE RO RS RU RW
        SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ
        TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ
        UA UG UM US UY UZ
        VA VC VE VG VI VN VU
        WF WS
        YE YT
        ZA ZM ZW
        """.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void The_list_holds_every_ISO_3166_1_alpha_2_code_and_no_other()
    {
        var known = CountryCode.All.Select(c => c.Value).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(249, IsoCodes.Length);
        Assert.Empty(IsoCodes.Except(known));
        Assert.Empty(known.Except(IsoCodes));
    }

    [Fact]
    public void Every_code_parses_in_lower_case_and_has_a_name()
    {
        foreach (var code in IsoCodes)
        {
            var parsed = CountryCode.Parse(code.ToLowerInvariant());
            Assert.Equal(code, parsed.Value);
            Assert.False(string.IsNullOrWhiteSpace(parsed.Name), code);
        }
    }

    [Theory]
    [InlineData("CN", "China")]
    [InlineData("KZ", "Kazakhstan")]
    [InlineData("MN", "Mongolia")]
    [InlineData("kz", "Kazakhstan")]
    [InlineData(" mn ", "Mongolia")]
    public void A_code_names_its_country(string text, string name) =>
        Assert.Equal(name, CountryCode.Parse(text).Name);

    [Theory]
    [InlineData("XX")]
    [InlineData("UK")]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    [InlineData("CHN")]
    [InlineData("C")]
    [InlineData("C N")]
    public void Anything_but_an_assigned_code_is_refused(string? text)
    {
        var refusal = Assert.Throws<DomainException>(() => CountryCode.Parse(text));

        Assert.Equal(DomainErrors.UnknownCountry, refusal.Code);
        Assert.Equal("countries", refusal.Field);
        Assert.False(CountryCode.IsKnown(text));
    }

    [Fact]
    public void A_refusal_names_the_field_it_was_given() =>
        Assert.Equal("institutions[0].country", Assert.Throws<DomainException>(() => CountryCode.Parse("UK", "institutions[0].country")).Field);

    [Fact]
    public void Codes_parsed_from_different_cases_are_equal() =>
        Assert.Equal(CountryCode.Parse("gb"), CountryCode.Parse("GB"));

    [Fact]
    public void A_code_travels_in_JSON_as_its_upper_case_text()
    {
        Assert.Equal("\"CN\"", JsonSerializer.Serialize(CountryCode.Parse("cn"), EventJson.Options));
        Assert.Equal(CountryCode.Parse("KZ"), JsonSerializer.Deserialize<CountryCode>("\"kz\"", EventJson.Options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<CountryCode>("\"UK\"", EventJson.Options));
    }
}
