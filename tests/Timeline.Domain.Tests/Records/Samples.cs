using Timeline.Domain.Countries;
using Timeline.Domain.Dates;
using Timeline.Domain.Institutions;
using Timeline.Domain.People;
using Timeline.Domain.Records;
using Timeline.Domain.Sources;

namespace Timeline.Domain.Tests.Records;

/// <summary>Records taken from the seed announcements, so the specs read like the service's real input.</summary>
public static class Samples
{
    public const string RecordId = "a1b2c3d4e5f6a7b8c9d0e1f2";

    private const string SigningText =
        "In mid-December 2018 the OUC and Malaysia's Universal College put their names to a cooperation agreement "
        + "at a signing ceremony.";

    public static InstitutionRef Ouc(InstitutionRole role = InstitutionRole.Party) =>
        new("ouc", "Open University of China", "OUC", CountryCode.Parse("CN"), role);

    public static InstitutionRef UniversalCollege(InstitutionRole role = InstitutionRole.Party) =>
        new("universal-college", "Universal College", null, CountryCode.Parse("MY"), role);

    public static InstitutionRef Unesco(InstitutionRole role = InstitutionRole.Partner) =>
        new("unesco", "United Nations Educational, Scientific and Cultural Organization", "UNESCO", null, role);

    public static Source Source(int paragraph = 1, string text = SigningText) =>
        new("ec6771428d4d6347", null, paragraph, text, Timeline.Domain.Sources.Source.HashOf(text), new DateOnly(2021, 3, 1));

    public static ActivityFacts Facts(string title = "OUC and Universal College sign a cooperation agreement") => new(
        HistoricalDate.Parse("2018-12-17"),
        title,
        [Ouc(), UniversalCollege()],
        [CountryCode.Parse("MY")],
        ["Beijing"],
        [new Person("Yang Xiaotang", "vice president", "ouc"), new Person("Gan Tian Loo", "director", "universal-college")],
        Source());

    public static AgreementSigned Signing(string recordId = RecordId, ActivityFacts? facts = null) =>
        new(recordId, facts ?? Facts(), "cooperation framework agreement", ["Yang Xiaotang", "Gan Tian Loo"]);

    public static RecordCorrected DateCorrected(string recordId = RecordId) =>
        new(recordId, new FactChanges(Date: HistoricalDate.Parse("2018-12-18")), "The ceremony was the next day.");

    public static RecordRetracted Retracted(string recordId = RecordId) =>
        new(recordId, "Duplicate of another announcement.");
}
