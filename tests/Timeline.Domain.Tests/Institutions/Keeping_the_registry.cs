using Timeline.Domain.Countries;
using Timeline.Domain.Dates;
using Timeline.Domain.Institutions;
using Timeline.EventStore;
using Timeline.EventStore.Serialization;

namespace Timeline.Domain.Tests.Institutions;

public class Keeping_the_registry
{
    private static readonly CountryCode China = CountryCode.Parse("CN");
    private static readonly InstitutionRegistered Crtvu = new("ouc", "Central Radio and TV University", "CRTVU", China, null);
    private static readonly InstitutionRenamed Renamed2012 =
        new("ouc", "Open University of China", "OUC", HistoricalDate.Parse("2012-07-31"), "Re-founded under a new name.");
    private static readonly InstitutionRegistered Unesco = new("unesco", "UNESCO", null, null, "some-record");

    [Fact]
    public void Registering_a_new_institution_yields_InstitutionRegistered_with_trimmed_names() =>
        RegistrySpec.Given()
            .When(new RegisterInstitution("ouc", " Central Radio and TV University ", " CRTVU ", China))
            .Then(Crtvu);

    [Fact]
    public void Registering_an_id_twice_is_refused() =>
        RegistrySpec.Given(Crtvu).When(new RegisterInstitution("ouc", "Something Else", null, null)).ThenRefused(DomainErrors.InstitutionConflict);

    [Fact]
    public void Registering_an_id_that_is_another_institutions_alias_is_refused() =>
        RegistrySpec.Given().AndAliasOf("ouc").When(new RegisterInstitution("crtvu", "CRTVU", null, China))
            .ThenRefused(DomainErrors.InstitutionConflict);

    [Fact]
    public void Registering_an_id_that_is_not_a_slug_is_refused() =>
        RegistrySpec.Given().When(new RegisterInstitution("Open University", "OUC", null, null)).ThenRefused(DomainErrors.InvalidValue);

    [Fact]
    public void Renaming_on_a_day_yields_InstitutionRenamed() =>
        RegistrySpec.Given(Crtvu)
            .When(new RenameInstitution("ouc", "Open University of China", "OUC", HistoricalDate.Parse("2012-07-31"), "Re-founded under a new name."))
            .Then(Renamed2012);

    [Theory]
    [InlineData(null)]
    [InlineData("2012-07")]
    [InlineData("2012")]
    [InlineData("2012-07-01/2012-07-31")]
    public void A_rename_without_the_day_it_took_effect_is_refused(string? effectiveOn)
    {
        var refusal = RegistrySpec.Given(Crtvu)
            .When(new RenameInstitution("ouc", "Open University of China", "OUC", effectiveOn is null ? null : HistoricalDate.Parse(effectiveOn), "Renamed."))
            .ThenRefused(DomainErrors.InvalidValue);
        Assert.Equal("effectiveOn", refusal.Field);
    }

    [Fact]
    public void Renaming_an_unregistered_institution_is_refused() =>
        RegistrySpec.Given().When(new RenameInstitution("ouc", "OUC", null, HistoricalDate.Parse("2012-07-31"), "Renamed."))
            .ThenRefused(DomainErrors.InstitutionNotFound);

    [Fact]
    public void Adding_an_unused_id_as_an_alias_yields_InstitutionAliasAdded() =>
        RegistrySpec.Given(Crtvu).When(new AddInstitutionAlias("ouc", "crtvu")).Then(new InstitutionAliasAdded("ouc", "crtvu"));

    [Fact]
    public void An_alias_that_is_a_registered_institution_is_refused() =>
        RegistrySpec.Given(Crtvu).AndOther(Unesco).When(new AddInstitutionAlias("ouc", "unesco")).ThenRefused(DomainErrors.InstitutionConflict);

    [Fact]
    public void An_alias_that_is_already_another_institutions_alias_is_refused()
    {
        var refusal = RegistrySpec.Given(Crtvu).AndAliasOf("unesco").When(new AddInstitutionAlias("ouc", "un")).ThenRefused(DomainErrors.InstitutionConflict);
        Assert.Contains("already an alias of 'unesco'", refusal.Message);
    }

    [Fact]
    public void An_institution_cannot_be_its_own_alias() =>
        RegistrySpec.Given(Crtvu).When(new AddInstitutionAlias("ouc", "ouc")).ThenRefused(DomainErrors.InstitutionConflict);

    [Fact]
    public void Merging_into_a_registered_institution_yields_InstitutionMerged() =>
        RegistrySpec.Given(Unesco).AndOther(Crtvu).When(new MergeInstitution("unesco", "ouc")).Then(new InstitutionMerged("unesco", "ouc"));

    [Fact]
    public void Merging_into_itself_is_refused() =>
        RegistrySpec.Given(Crtvu).AndOther(Crtvu).When(new MergeInstitution("ouc", "ouc")).ThenRefused(DomainErrors.InstitutionConflict);

    [Fact]
    public void Merging_into_a_merged_institution_is_refused()
    {
        var refusal = RegistrySpec.Given(Crtvu).AndOther(Unesco, new InstitutionMerged("unesco", "other"))
            .When(new MergeInstitution("ouc", "unesco")).ThenRefused(DomainErrors.InstitutionConflict);
        Assert.Contains("merge into 'other' instead", refusal.Message);
    }

    [Fact]
    public void Merging_into_an_unregistered_institution_is_refused() =>
        RegistrySpec.Given(Crtvu).When(new MergeInstitution("ouc", "nowhere")).ThenRefused(DomainErrors.InstitutionNotFound);

    [Fact]
    public void A_merged_institution_cannot_be_renamed() =>
        RegistrySpec.Given(Crtvu, new InstitutionMerged("ouc", "unesco"))
            .When(new RenameInstitution("ouc", "OUC", null, HistoricalDate.Parse("2012-07-31"), "Renamed."))
            .ThenRefused(DomainErrors.InstitutionConflict);

    [Fact]
    public void Folding_keeps_the_names_in_the_order_they_took_effect_whatever_order_they_were_entered_in()
    {
        var later = new InstitutionRenamed("ouc", "Later Name", null, HistoricalDate.Parse("2020-01-01"), "Renamed again.");
        var state = InstitutionState.Fold([Crtvu, later, Renamed2012]);

        Assert.Equal(["Central Radio and TV University", "Open University of China", "Later Name"], state.Names.Select(n => n.Name));
        Assert.Equal("Later Name", state.Current!.Name);
    }

    [Fact]
    public void Every_registry_event_round_trips_through_its_stored_name()
    {
        IInstitutionEvent[] events = [Crtvu, Renamed2012, new InstitutionAliasAdded("ouc", "crtvu"), new InstitutionMerged("unesco", "ouc")];
        Assert.Equal(["InstitutionAliasAdded.v1", "InstitutionMerged.v1", "InstitutionRegistered.v1", "InstitutionRenamed.v1"],
            InstitutionEventSerializer.Names.Order(StringComparer.Ordinal));
        foreach (var written in events)
        {
            var data = InstitutionEventSerializer.ToEventData(written, "institution-ouc", 0, new EventMetadata("specs", Guid.Empty, Guid.Empty));
            var stored = new StoredEvent(data.EventId, data.Type, "institution-ouc", 0, 1, DateTimeOffset.UnixEpoch, data.Data, data.Metadata);
            Assert.Equal(RegistrySpec.Describe(written), RegistrySpec.Describe(InstitutionEventSerializer.ToEnvelope(stored)!.Event));
            Assert.Null(RecordEventSerializer.ToEnvelope(stored));
        }
    }
}
