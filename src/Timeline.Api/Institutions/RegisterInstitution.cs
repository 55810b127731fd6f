using MediatR;
using Timeline.Api.Records;
using Timeline.Api.Validation;
using Timeline.Domain.Countries;
using Timeline.Domain.Institutions;

namespace Timeline.Api.Institutions;

public sealed record RegistrationInput(string? Id, string? Name, string? Acronym, string? Country);

/// <summary>Register an institution by hand, before or without any record naming it.</summary>
public sealed record RegisterInstitutionCommand(RegistrationInput Input, Caller Caller) : IRequest<InstitutionWriteResult>;

public sealed class RegisterInstitutionValidator : IValidator<RegisterInstitutionCommand>
{
    public void Validate(RegisterInstitutionCommand request, ValidationErrors errors)
    {
        if (request.Input.Id is null)
            errors.Add("id", "is required: a lower-case slug such as 'ouc'");
        InputLimits.Text(request.Input.Id, "id", InputLimits.ShortText, errors);
        InputLimits.Text(request.Input.Name, "name", InputLimits.Name, errors);
        InputLimits.Text(request.Input.Acronym, "acronym", InputLimits.ShortText, errors);
        InputLimits.Text(request.Input.Country, "country", InputLimits.ShortText, errors);
    }
}

public sealed class RegisterInstitutionHandler(InstitutionRegistry registry) : IRequestHandler<RegisterInstitutionCommand, InstitutionWriteResult>
{
    public Task<InstitutionWriteResult> Handle(RegisterInstitutionCommand request, CancellationToken cancellationToken)
    {
        var input = request.Input;
        var country = input.Country is null ? (CountryCode?)null : CountryCode.Parse(input.Country, "country");
        return registry.ExecuteAsync(new RegisterInstitution(input.Id!, input.Name!, input.Acronym, country), ifMatch: null,
            request.Caller, cancellationToken);
    }
}
