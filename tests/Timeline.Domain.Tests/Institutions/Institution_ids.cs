using Timeline.Domain.Institutions;

namespace Timeline.Domain.Tests.Institutions;

public class Institution_ids
{
    [Theory]
    [InlineData("ouc")]
    [InlineData("universal-college")]
    [InlineData("unesco")]
    [InlineData("cnmc-2")]
    public void A_lower_case_slug_is_an_institution_id(string id) =>
        Assert.Equal(id, InstitutionRef.CheckedId(id, "institutions[0].id"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("OUC")]
    [InlineData("open university")]
    [InlineData("-ouc")]
    [InlineData("ouc-")]
    [InlineData("ouc--beijing")]
    [InlineData("ouc\n")]
    public void Anything_but_a_lower_case_slug_is_refused(string? id)
    {
        var refusal = Assert.Throws<DomainException>(() => InstitutionRef.CheckedId(id, "institutions[0].id"));

        Assert.Equal(DomainErrors.InvalidValue, refusal.Code);
        Assert.Equal("institutions[0].id", refusal.Field);
    }
}
