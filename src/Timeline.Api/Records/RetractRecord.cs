using MediatR;
using Timeline.Api.Validation;
using Timeline.Domain.Records;

namespace Timeline.Api.Records;

public sealed record RetractionInput(string? Reason);

/// <summary>Retract a record: it leaves every timeline and stays in the log and its audit trail.</summary>
public sealed record RetractRecordCommand(string RecordId, RetractionInput Input, long? IfMatch, Caller Caller) : IRequest<WriteResult>;

public sealed class RetractRecordValidator : IValidator<RetractRecordCommand>
{
    public void Validate(RetractRecordCommand request, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(request.Input.Reason))
            errors.Add("reason", "is required: say why the record is retracted");
        InputLimits.Text(request.Input.Reason, "reason", InputLimits.Reason, errors);
    }
}

public sealed class RetractRecordHandler(RecordWriter writer) : IRequestHandler<RetractRecordCommand, WriteResult>
{
    public Task<WriteResult> Handle(RetractRecordCommand request, CancellationToken cancellationToken) =>
        writer.ExecuteAsync(new RetractRecord(request.RecordId, request.Input.Reason!), request.IfMatch, request.Caller, cancellationToken);
}
