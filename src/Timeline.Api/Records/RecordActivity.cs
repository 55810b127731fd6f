using MediatR;
using Timeline.Api.Institutions;
using Timeline.Api.Validation;
using Timeline.Domain.Records;

namespace Timeline.Api.Records;

/// <summary>Record one activity: the first event of a new record stream.</summary>
public sealed record RecordActivityCommand(ActivityInput Input, Caller Caller) : IRequest<WriteResult>;

public sealed class RecordActivityValidator : IValidator<RecordActivityCommand>
{
    public void Validate(RecordActivityCommand request, ValidationErrors errors) => ActivityInputMapper.Map(request.Input, errors);
}

/// <summary>
/// Records the activity, then registers the institutions it names that the registry does not know yet. A record
/// never changes an institution the registry knows: it keeps the name its source wrote, and renames nothing.
/// </summary>
public sealed class RecordActivityHandler(RecordWriter writer, InstitutionRegistry registry) : IRequestHandler<RecordActivityCommand, WriteResult>
{
    public async Task<WriteResult> Handle(RecordActivityCommand request, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var activity = ActivityInputMapper.Map(request.Input, errors) ?? throw new RequestValidationException(errors);
        var result = await writer.ExecuteAsync(new RecordActivity(activity), ifMatch: null, request.Caller, cancellationToken);
        await registry.RegisterNamedAsync(activity, request.Caller, cancellationToken);
        return result;
    }
}
