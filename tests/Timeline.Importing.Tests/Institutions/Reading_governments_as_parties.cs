namespace Timeline.Importing.Tests;

public sealed class Reading_governments_as_parties
{
    [Theory]
    [InlineData("The OUC signed an agreement with the Oyo State Government on 3 May 2021.", "ouc", "oyo-state-government")]
    [InlineData("The OUC met the Regional Government of Murcia on 3 May 2021.", "ouc", "regional-government-of-murcia")]
    public void A_government_is_a_party(string text, params string[] ids) =>
        Assert.Equal(ids, InstitutionFinder.Find(text).Select(i => i.Id));

    [Theory]
    [InlineData("Government officials from Kenya visited the OUC on 3 May 2021.")]
    [InlineData("On 3 May 2021 the OUC held a course on Government Relations and Public Policy.")]
    [InlineData("The OUC's Department of International Exchange received guests on 3 May 2021.")]
    [InlineData("On 3 May 2021 the OUC trained staff for the Department of Teacher Development.")]
    public void Ordinary_phrases_and_units_stay_no_parties(string text) =>
        Assert.Equal(["ouc"], InstitutionFinder.Find(text).Select(i => i.Id));
}
