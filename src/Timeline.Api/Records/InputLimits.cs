using Timeline.Api.Validation;

namespace Timeline.Api.Records;

/// <summary>
/// The most a record may carry: every string and every list of a body has a cap, so one request cannot name
/// thousands of institutions or store a book as a person's name. Documented in the README.
/// </summary>
public static class InputLimits
{
    public const int Name = 200;
    public const int ShortText = 100;
    public const int Url = 2_000;
    public const int SourceText = 20_000;
    public const int Reason = 2_000;
    public const int MaxInstitutions = 50;
    public const int MaxCountries = 50;
    public const int MaxPlaces = 50;
    public const int MaxPeople = 100;
    public const int NamesInAList = 100;

    public static void Check(ActivityInput input, ValidationErrors errors)
    {
        Text(input.Kind, "kind", ShortText, errors);
        Text(input.RecordId, "recordId", ShortText, errors);
        Text(input.Date, "date", ShortText, errors);
        Institutions(input.Institutions, "institutions", errors);
        Texts(input.Countries, "countries", MaxCountries, ShortText, errors);
        Texts(input.Places, "places", MaxPlaces, Name, errors);
        People(input.People, "people", errors);
        if (input.Source is { } source)
        {
            Text(source.DocumentId, "source.documentId", Name, errors);
            Text(source.Url, "source.url", Url, errors);
            Text(source.Text, "source.text", SourceText, errors);
            Text(source.Sha256, "source.sha256", ShortText, errors);
            Text(source.PublishedOn, "source.publishedOn", ShortText, errors);
        }
        Text(input.AgreementType, "agreementType", Name, errors);
        Texts(input.Signatories, "signatories", NamesInAList, Name, errors);
        Text(input.Direction, "direction", ShortText, errors);
        Text(input.HostInstitutionId, "hostInstitutionId", ShortText, errors);
        Texts(input.VisitorInstitutionIds, "visitorInstitutionIds", MaxInstitutions, ShortText, errors);
        Text(input.Leader, "leader", Name, errors);
        Text(input.OrganiserInstitutionId, "organiserInstitutionId", ShortText, errors);
        Texts(input.Beneficiaries, "beneficiaries", NamesInAList, Name, errors);
        Text(input.Programme, "programme", Name, errors);
        Text(input.ConferenceRole, "conferenceRole", ShortText, errors);
        Text(input.Donor, "donor", Name, errors);
        Text(input.Recipient, "recipient", Name, errors);
    }

    public static void Check(FactChangesInput changes, ValidationErrors errors)
    {
        Text(changes.Date, "changes.date", ShortText, errors);
        Institutions(changes.Institutions, "changes.institutions", errors);
        Texts(changes.Countries, "changes.countries", MaxCountries, ShortText, errors);
        Texts(changes.Places, "changes.places", MaxPlaces, Name, errors);
        People(changes.People, "changes.people", errors);
    }

    /// <summary>
    /// A string the service would keep: at most <paramref name="max"/> characters, and printable (see
    /// <see cref="ControlCharacters"/>). Checked here, in the command's validator, so the same rule holds however the
    /// command came: an HTTP body, a message from the bus or a page imported from the command line.
    /// </summary>
    public static void Text(string? text, string field, int max, ValidationErrors errors)
    {
        if (text?.Length > max)
            errors.Add(field, $"has {text.Length} characters; at most {max} are accepted");
        ControlCharacters.Check(text, field, errors);
    }

    private static bool Count<T>(List<T>? items, string field, int max, ValidationErrors errors)
    {
        if (items is null || items.Count <= max)
            return true;
        errors.Add(field, $"has {items.Count} entries; at most {max} are accepted");
        return false;
    }

    private static void Texts(List<string>? texts, string field, int maxCount, int maxLength, ValidationErrors errors)
    {
        if (!Count(texts, field, maxCount, errors))
            return;
        for (var i = 0; i < (texts?.Count ?? 0); i++)
            Text(texts![i], $"{field}[{i}]", maxLength, errors);
    }

    private static void Institutions(List<InstitutionInput>? institutions, string field, ValidationErrors errors)
    {
        if (!Count(institutions, field, MaxInstitutions, errors))
            return;
        for (var i = 0; i < (institutions?.Count ?? 0); i++)
        {
            if (institutions![i] is not { } institution)
                continue;
            Text(institution.Id, $"{field}[{i}].id", ShortText, errors);
            Text(institution.Name, $"{field}[{i}].name", Name, errors);
            Text(institution.Acronym, $"{field}[{i}].acronym", ShortText, errors);
            Text(institution.Country, $"{field}[{i}].country", ShortText, errors);
            Text(institution.Role, $"{field}[{i}].role", ShortText, errors);
        }
    }

    private static void People(List<PersonInput>? people, string field, ValidationErrors errors)
    {
        if (!Count(people, field, MaxPeople, errors))
            return;
        for (var i = 0; i < (people?.Count ?? 0); i++)
        {
            if (people![i] is not { } person)
                continue;
            Text(person.Name, $"{field}[{i}].name", Name, errors);
            Text(person.Role, $"{field}[{i}].role", Name, errors);
            Text(person.InstitutionId, $"{field}[{i}].institutionId", ShortText, errors);
        }
    }
}
