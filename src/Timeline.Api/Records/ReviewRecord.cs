using MediatR;
using Timeline.Api.Validation;
using Timeline.Domain.Records;

namespace Timeline.Api.Records;

public sealed record ReviewInput(string? Verdict, string? Note);

/// <summary>A person's verdict on a record after checking it against its source; it enters the audit trail and changes no fact.</summary>
public sealed record ReviewRecordCommand(string RecordId, ReviewInput Input, long? IfMatch, Caller Caller) : IRequest<WriteResult>;

public sealed class ReviewRecordValidator : IValidator<ReviewRecordCommand>
{
    public void Validate(ReviewRecordCommand request, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(request.Input.Verdict))
            errors.Add("verdict", "is required: confirmed, corrected or rejected");
        else if (!ReviewVerdicts.TryParse(request.Input.Verdict, out _))
            errors.Add("verdict", $"'{request.Input.Verdict}' is not a verdict: use confirmed, corrected or rejected");
        if (request.Input.Note is { Length: > RecordRules.MaxNoteLength })
            errors.Add("note", $"has more than {RecordRules.MaxNoteLength} characters");
    }
}

public sealed class ReviewRecordHandler(RecordWriter writer) : IRequestHandler<ReviewRecordCommand, WriteResult>
{
    public Task<WriteResult> Handle(ReviewRecordCommand request, CancellationToken cancellationToken)
    {
        ReviewVerdicts.TryParse(request.Input.Verdict, out var verdict);
        return writer.ExecuteAsync(new ReviewRecord(request.RecordId, verdict, request.Input.Note), request.IfMatch, request.Caller, cancellationToken);
    }
}
