namespace Timeline.Importing.Tests;

public sealed class Making_ids_from_names
{
    [Theory]
    [InlineData("Universidad de la República", "universidad-de-la-republica")]
    [InlineData("FernUniversität in Hagen", "fernuniversitat-in-hagen")]
    [InlineData("Uniwersytet Łódzki", "uniwersytet-lodzki")]
    [InlineData("Høgskolen i Østfold", "hogskolen-i-ostfold")]
    [InlineData("Technische Hochschule Straße", "technische-hochschule-strasse")]
    [InlineData("Đại học Mở Hà Nội", "dai-hoc-mo-ha-noi")]
    [InlineData("Ægir Cœur Institute", "aegir-coeur-institute")]
    [InlineData("Istanbul Kültür Üniversitesi", "istanbul-kultur-universitesi")]
    [InlineData("Université du Québec, TÉLUQ", "universite-du-quebec-teluq")]
    public void A_letter_is_kept_as_its_plain_latin_form_not_dropped(string name, string id) =>
        Assert.Equal(id, InstitutionFinder.Slug(name));

    [Fact]
    public void A_name_with_no_latin_letter_at_all_makes_no_id()
    {
        Assert.Equal("", InstitutionFinder.Slug("Открытый университет"));
    }
}
