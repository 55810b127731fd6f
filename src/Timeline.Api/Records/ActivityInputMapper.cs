using Timeline.Api.Validation;
using Timeline.Domain;
using Timeline.Domain.Countries;
using Timeline.Domain.Dates;
using Timeline.Domain.Institutions;
using Timeline.Domain.People;
using Timeline.Domain.Records;
using Timeline.Domain.Sources;

namespace Timeline.Api.Records;

/// <summary>
/// Turns request bodies into domain values. Every problem found is added to the errors against its field
/// (<c>institutions[1].country</c>), and nothing is returned unless the whole input is sound.
/// </summary>
public static partial class ActivityInputMapper
{
    private static readonly string KindList = string.Join(", ", Enum.GetNames<ActivityKind>());

    public static IActivityRecorded? Map(ActivityInput input, ValidationErrors errors)
    {
        InputLimits.Check(input, errors);
        if (!errors.IsEmpty)
            return null;
        var kind = MapKind(input.Kind, errors);
        var source = MapSource(input.Source, errors);
        var date = MapDate(input.Date, "date", errors, source?.PublishedOn);
        var title = MapTitle(input.Title, "title", errors);
        var institutions = MapInstitutions(input.Institutions, "institutions", errors);
        var countries = MapCountries(input.Countries, "countries", errors) ?? [];
        var places = MapTexts(input.Places, "places", errors) ?? [];
        var people = MapPeople(input.People, "people", errors) ?? [];
        var recordId = MapRecordId(input.RecordId, source, errors);
        if (kind is { } k)
            CheckKindFields(k, input, institutions, errors);
        if (institutions is not null)
            CheckReferences(people.Select(p => p.InstitutionId), institutions, "people", errors);
        if (!errors.IsEmpty || kind is null || recordId is null)
            return null;

        var facts = new ActivityFacts(date!, title!, institutions!, countries, places, people, source!);
        if (!CheckFacts(facts, errors))
            return null;
        return kind.Value switch
        {
            ActivityKind.AgreementSigned => new AgreementSigned(recordId, facts, input.AgreementType!.Trim(), Texts(input.Signatories)),
            ActivityKind.DelegationVisited => new DelegationVisited(recordId, facts, Enum.Parse<VisitDirection>(input.Direction!, true),
                input.HostInstitutionId, Texts(input.VisitorInstitutionIds), input.Leader?.Trim(), input.MemberCount),
            ActivityKind.TrainingHeld => new TrainingHeld(recordId, facts, input.OrganiserInstitutionId, Texts(input.Beneficiaries), input.Programme?.Trim()),
            ActivityKind.ConferenceHeld => new ConferenceHeld(recordId, facts, Enum.Parse<ConferenceRole>(input.ConferenceRole!, true)),
            ActivityKind.MeetingHeld => new MeetingHeld(recordId, facts),
            ActivityKind.DonationMade => new DonationMade(recordId, facts, input.Donor?.Trim(), input.Recipient?.Trim()),
            ActivityKind.CompetitionHeld => new CompetitionHeld(recordId, facts),
            ActivityKind.ProgrammeLaunched => new ProgrammeLaunched(recordId, facts),
            _ => new ActivityReported(recordId, facts),
        };
    }

    public static FactChanges? MapChanges(FactChangesInput? input, ValidationErrors errors)
    {
        if (input is null)
        {
            errors.Add("changes", "is required: give the facts that change (date, title, institutions, countries, places, people)");
            return null;
        }
        InputLimits.Check(input, errors);
        if (!errors.IsEmpty)
            return null;
        var changes = new FactChanges(
            input.Date is null ? null : MapDate(input.Date, "changes.date", errors, null),
            input.Title is null ? null : MapTitle(input.Title, "changes.title", errors),
            input.Institutions is null ? null : MapInstitutions(input.Institutions, "changes.institutions", errors),
            MapCountries(input.Countries, "changes.countries", errors),
            MapTexts(input.Places, "changes.places", errors),
            MapPeople(input.People, "changes.people", errors));
        if (errors.IsEmpty && changes.IsEmpty)
            errors.Add("changes", "names no fact to change");
        return errors.IsEmpty ? changes : null;
    }

    private static ActivityKind? MapKind(string? text, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
            errors.Add("kind", $"is required: one of {KindList}");
        else if (ActivityKinds.TryParse(text, out var kind))
            return kind;
        else
            errors.Add("kind", $"'{text}' is not a kind of activity: use one of {KindList}");
        return null;
    }

    private static HistoricalDate? MapDate(string? text, string field, ValidationErrors errors, DateOnly? publishedOn)
    {
        if (text is not null && text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
        {
            errors.Add(field, $"'{text}' has spaces around it: send the EDTF date alone, such as 2018-12-17");
            return null;
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(field, "is required: an EDTF date such as 2018-12-17, 2014-06, 2020-11-17/2020-11-18, or XXXX when unknown");
            return null;
        }
        if (!HistoricalDate.TryParse(text, out var date, out var error))
        {
            errors.Add(field, error!);
            return null;
        }
        // An unknown date is kept unknown, but no later than the day the announcement was published.
        return !date!.IsKnown && date.NotAfter is null && publishedOn is { } bound ? HistoricalDate.Unknown(bound) : date;
    }

    private static string? MapTitle(string? text, string field, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
            errors.Add(field, "is required");
        else if (text.Trim().Length > RecordRules.MaxTitleLength)
            errors.Add(field, $"has more than {RecordRules.MaxTitleLength} characters");
        else
            return text.Trim();
        return null;
    }

    private static List<InstitutionRef>? MapInstitutions(List<InstitutionInput>? inputs, string field, ValidationErrors errors)
    {
        if (inputs is null || inputs.Count == 0)
        {
            errors.Add(field, "at least one institution taking part is required");
            return null;
        }
        var institutions = new List<InstitutionRef>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var at = $"{field}[{i}]";
            var input = inputs[i];
            if (input is null)
            {
                errors.Add(at, "is null");
                continue;
            }
            var ok = Try(() => InstitutionRef.CheckedId(input.Id, $"{at}.id"), errors, out var id);
            if (string.IsNullOrWhiteSpace(input.Name))
            {
                errors.Add($"{at}.name", "is required");
                ok = false;
            }
            CountryCode? country = null;
            if (input.Country is not null)
            {
                if (Try(() => CountryCode.Parse(input.Country, $"{at}.country"), errors, out var code))
                    country = code;
                else
                    ok = false;
            }
            var role = InstitutionRole.Participant;
            if (input.Role is not null && !TryEnum(input.Role, out role))
            {
                errors.Add($"{at}.role", $"'{input.Role}' is not a role: use one of {Names<InstitutionRole>()}");
                ok = false;
            }
            if (ok)
                institutions.Add(new InstitutionRef(id!, input.Name!.Trim(), Blank(input.Acronym), country, role));
        }
        foreach (var duplicate in institutions.GroupBy(i => i.Id).Where(g => g.Count() > 1))
            errors.Add(field, $"'{duplicate.Key}' is listed more than once");
        return institutions;
    }

    private static List<CountryCode>? MapCountries(List<string>? inputs, string field, ValidationErrors errors)
    {
        if (inputs is null)
            return null;
        var countries = new List<CountryCode>();
        for (var i = 0; i < inputs.Count; i++)
        {
            if (Try(() => CountryCode.Parse(inputs[i], $"{field}[{i}]"), errors, out var code) && !countries.Contains(code))
                countries.Add(code);
        }
        return countries;
    }

    private static List<string>? MapTexts(List<string>? inputs, string field, ValidationErrors errors)
    {
        if (inputs is null)
            return null;
        for (var i = 0; i < inputs.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(inputs[i]))
                errors.Add($"{field}[{i}]", "is empty");
        }
        return Texts(inputs);
    }

    private static List<Person>? MapPeople(List<PersonInput>? inputs, string field, ValidationErrors errors)
    {
        if (inputs is null)
            return null;
        var people = new List<Person>();
        for (var i = 0; i < inputs.Count; i++)
        {
            if (inputs[i] is not { } input || string.IsNullOrWhiteSpace(input.Name))
                errors.Add($"{field}[{i}].name", "is required");
            else
                people.Add(new Person(input.Name.Trim(), Blank(input.Role), Blank(input.InstitutionId)));
        }
        return people;
    }

    private static bool CheckFacts(ActivityFacts facts, ValidationErrors errors)
    {
        try
        {
            RecordRules.CheckFacts(facts);
            return true;
        }
        catch (DomainException e)
        {
            errors.Add(e.Field ?? "body", e.Message);
            return false;
        }
    }

    private static bool Try<T>(Func<T> parse, ValidationErrors errors, out T value)
    {
        try
        {
            value = parse();
            return true;
        }
        catch (DomainException e)
        {
            errors.Add(e.Field ?? "body", e.Message);
            value = default!;
            return false;
        }
    }

    private static bool TryEnum<T>(string text, out T value) where T : struct, Enum =>
        Enum.TryParse(text, ignoreCase: true, out value) && Enum.IsDefined(value) && !text.Any(char.IsDigit);

    private static string Names<T>() where T : struct, Enum =>
        string.Join(", ", Enum.GetNames<T>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static List<string> Texts(IEnumerable<string?>? texts) =>
        texts?.Select(Blank).OfType<string>().ToList() ?? [];
}
