using MediatR;
using Timeline.Api.Validation;
using Timeline.Domain.Records;

namespace Timeline.Api.Records;

/// <summary>Record one activity: the first event of a new record stream.</summary>
public sealed record RecordActivityCommand(ActivityInput Input, Caller Caller) : IRequest<WriteResult>;

public sealed class RecordActivityValidator : IValidator<RecordActivityCommand>
{
    public void Validate(RecordActivityCommand request, ValidationErrors errors) => ActivityInputMapper.Map(request.Input, errors);
}

public sealed class RecordActivityHandler(RecordWriter writer) : IRequestHandler<RecordActivityCommand, WriteResult>
{
    public Task<WriteResult> Handle(RecordActivityCommand request, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var activity = ActivityInputMapper.Map(request.Input, errors) ?? throw new RequestValidationException(errors);
        return writer.ExecuteAsync(new RecordActivity(activity), ifMatch: null, request.Caller, cancellationToken);
    }
}
