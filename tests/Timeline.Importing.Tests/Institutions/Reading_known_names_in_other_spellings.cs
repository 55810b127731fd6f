namespace Timeline.Importing.Tests;

public sealed class Reading_known_names_in_other_spellings
{
    [Fact]
    public void The_german_compound_written_with_one_capital_is_the_known_university() =>
        Assert.Contains("fernuniversitat-hagen",
            InstitutionFinder.Find("On 3 May 2021 the OUC and the Fernuniversität in Hagen signed a memorandum.").Select(i => i.Id));
}
