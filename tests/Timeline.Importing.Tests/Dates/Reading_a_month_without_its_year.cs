namespace Timeline.Importing.Tests;

public sealed class Reading_a_month_without_its_year
{
    [Theory]
    [InlineData("In mid-April, a team from Peru visited the OUC.", "2024-06-03", "2024-04")]
    [InlineData("In early June the OUC opened a learning centre in Lima.", "2024-06-03", "2024-06")]
    [InlineData("During November an OUC team trained teachers in Lima.", "2024-06-03", "2023-11")]
    public void A_yearless_month_is_the_latest_such_month_up_to_publication(string text, string publishedOn, string expected) =>
        Assert.Equal(expected, DatePhrases.Find(text, DateOnly.Parse(publishedOn, System.Globalization.CultureInfo.InvariantCulture), out _).ToString());

}
