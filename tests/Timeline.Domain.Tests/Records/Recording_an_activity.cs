using Timeline.Domain.Institutions;
using Timeline.Domain.Records;
using static Timeline.Domain.Tests.Records.Samples;

namespace Timeline.Domain.Tests.Records;

public class Recording_an_activity
{
    [Fact]
    public void Recording_a_new_activity_yields_it() =>
        Spec.Given()
            .When(new RecordActivity(Signing()))
            .Then(Signing());

    [Fact]
    public void Recording_the_same_record_twice_is_refused() =>
        Spec.Given(Signing())
            .When(new RecordActivity(Signing()))
            .ThenRefused(DomainErrors.RecordAlreadyExists);

    [Fact]
    public void Recording_again_a_record_that_was_retracted_is_refused() =>
        Spec.Given(Signing(), Retracted())
            .When(new RecordActivity(Signing()))
            .ThenRefused(DomainErrors.RecordAlreadyExists);

    [Fact]
    public void Recording_an_activity_with_no_institution_is_refused()
    {
        var refusal = Spec.Given()
            .When(new RecordActivity(Signing(facts: Facts() with { Institutions = [] })))
            .ThenRefused(DomainErrors.NoInstitution);

        Assert.Equal("institutions", refusal.Field);
    }

    [Fact]
    public void Recording_an_activity_that_lists_an_institution_twice_is_refused() =>
        Spec.Given()
            .When(new RecordActivity(Signing(facts: Facts() with { Institutions = [Ouc(), Ouc(InstitutionRole.Host)] })))
            .ThenRefused(DomainErrors.InvalidValue);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Recording_an_activity_without_a_title_is_refused(string title)
    {
        var refusal = Spec.Given()
            .When(new RecordActivity(Signing(facts: Facts(title))))
            .ThenRefused(DomainErrors.InvalidValue);

        Assert.Equal("title", refusal.Field);
    }

    [Fact]
    public void A_title_of_the_longest_allowed_length_is_accepted()
    {
        var longest = Signing(facts: Facts(new string('t', RecordRules.MaxTitleLength)));

        Spec.Given().When(new RecordActivity(longest)).Then(longest);
    }

    [Fact]
    public void A_title_longer_than_allowed_is_refused() =>
        Spec.Given()
            .When(new RecordActivity(Signing(facts: Facts(new string('t', RecordRules.MaxTitleLength + 1)))))
            .ThenRefused(DomainErrors.InvalidValue);
}
