using MediatR;
using Timeline.Api.Validation;
using Timeline.Domain.Records;

namespace Timeline.Api.Records;

public sealed record CorrectionInput(FactChangesInput? Changes, string? Reason);

/// <summary>Correct some facts of a record, giving the reason; the original stays in the record's history.</summary>
public sealed record CorrectRecordCommand(string RecordId, CorrectionInput Input, long? IfMatch, Caller Caller) : IRequest<WriteResult>;

public sealed class CorrectRecordValidator : IValidator<CorrectRecordCommand>
{
    public void Validate(CorrectRecordCommand request, ValidationErrors errors)
    {
        ActivityInputMapper.MapChanges(request.Input.Changes, errors);
        if (string.IsNullOrWhiteSpace(request.Input.Reason))
            errors.Add("reason", "is required: say why the record is corrected");
        InputLimits.Text(request.Input.Reason, "reason", InputLimits.Reason, errors);
    }
}

public sealed class CorrectRecordHandler(RecordWriter writer) : IRequestHandler<CorrectRecordCommand, WriteResult>
{
    public Task<WriteResult> Handle(CorrectRecordCommand request, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var changes = ActivityInputMapper.MapChanges(request.Input.Changes, errors) ?? throw new RequestValidationException(errors);
        var command = new CorrectRecord(request.RecordId, changes, request.Input.Reason!);
        return writer.ExecuteAsync(command, request.IfMatch, request.Caller, cancellationToken);
    }
}
