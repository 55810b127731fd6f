using MediatR;
using Timeline.Api.Records;
using Timeline.Api.Validation;
using Timeline.Domain.Dates;
using Timeline.Domain.Institutions;

namespace Timeline.Api.Institutions;

public sealed record RenameInput(string? Name, string? Acronym, string? EffectiveOn, string? Reason);

/// <summary>Give an institution a new name from the day it took effect; entries dated before keep the older name.</summary>
public sealed record RenameInstitutionCommand(string InstitutionId, RenameInput Input, long? IfMatch, Caller Caller) : IRequest<InstitutionWriteResult>;

public sealed class RenameInstitutionValidator : IValidator<RenameInstitutionCommand>
{
    public void Validate(RenameInstitutionCommand request, ValidationErrors errors)
    {
        if (request.Input.EffectiveOn is null)
            errors.Add("effectiveOn", "is required: the day the new name took effect (YYYY-MM-DD)");
        else if (!HistoricalDate.TryParse(request.Input.EffectiveOn, out _, out var error))
            errors.Add("effectiveOn", error ?? "is not a date");
        InputLimits.Text(request.Input.Name, "name", InputLimits.Name, errors);
        InputLimits.Text(request.Input.Acronym, "acronym", InputLimits.ShortText, errors);
        InputLimits.Text(request.Input.Reason, "reason", InputLimits.Reason, errors);
    }
}

public sealed class RenameInstitutionHandler(InstitutionRegistry registry) : IRequestHandler<RenameInstitutionCommand, InstitutionWriteResult>
{
    public Task<InstitutionWriteResult> Handle(RenameInstitutionCommand request, CancellationToken cancellationToken)
    {
        var input = request.Input;
        var command = new RenameInstitution(request.InstitutionId, input.Name!, input.Acronym, HistoricalDate.Parse(input.EffectiveOn!), input.Reason!);
        return registry.ExecuteAsync(command, request.IfMatch, request.Caller, cancellationToken);
    }
}
