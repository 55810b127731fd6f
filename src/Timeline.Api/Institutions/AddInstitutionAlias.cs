using MediatR;
using Timeline.Api.Records;
using Timeline.Api.Validation;
using Timeline.Domain.Institutions;

namespace Timeline.Api.Institutions;

public sealed record AliasInput(string? AliasId);

/// <summary>Let another id reach an institution: its timeline redirects there, and records naming it show there.</summary>
public sealed record AddInstitutionAliasCommand(string InstitutionId, AliasInput Input, long? IfMatch, Caller Caller) : IRequest<InstitutionWriteResult>;

public sealed class AddInstitutionAliasValidator : IValidator<AddInstitutionAliasCommand>
{
    public void Validate(AddInstitutionAliasCommand request, ValidationErrors errors)
    {
        if (request.Input.AliasId is null)
            errors.Add("aliasId", "is required: the other id, a lower-case slug");
        InputLimits.Text(request.Input.AliasId, "aliasId", InputLimits.ShortText, errors);
    }
}

public sealed class AddInstitutionAliasHandler(InstitutionRegistry registry) : IRequestHandler<AddInstitutionAliasCommand, InstitutionWriteResult>
{
    public Task<InstitutionWriteResult> Handle(AddInstitutionAliasCommand request, CancellationToken cancellationToken) =>
        registry.ExecuteAsync(new AddInstitutionAlias(request.InstitutionId, request.Input.AliasId!), request.IfMatch, request.Caller, cancellationToken);
}
