using MediatR;
using Timeline.Api.Records;
using Timeline.Api.Validation;
using Timeline.Domain.Institutions;

namespace Timeline.Api.Institutions;

public sealed record MergeInput(string? Into);

/// <summary>Fold an institution into another: its id then reaches that one, and its entries show on that one's timeline.</summary>
public sealed record MergeInstitutionCommand(string InstitutionId, MergeInput Input, long? IfMatch, Caller Caller) : IRequest<InstitutionWriteResult>;

public sealed class MergeInstitutionValidator : IValidator<MergeInstitutionCommand>
{
    public void Validate(MergeInstitutionCommand request, ValidationErrors errors)
    {
        if (request.Input.Into is null)
            errors.Add("into", "is required: the id of the institution to merge into");
        InputLimits.Text(request.Input.Into, "into", InputLimits.ShortText, errors);
    }
}

public sealed class MergeInstitutionHandler(InstitutionRegistry registry) : IRequestHandler<MergeInstitutionCommand, InstitutionWriteResult>
{
    public Task<InstitutionWriteResult> Handle(MergeInstitutionCommand request, CancellationToken cancellationToken) =>
        registry.ExecuteAsync(new MergeInstitution(request.InstitutionId, request.Input.Into!), request.IfMatch, request.Caller, cancellationToken);
}
