using MediatR;

namespace Timeline.Api.Validation;

/// <summary>Runs every validator of a request and refuses it, before its handler, when any finds a problem.</summary>
public sealed class ValidationBehavior<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var errors = new ValidationErrors();
        foreach (var validator in validators)
            validator.Validate(request, errors);
        errors.ThrowIfAny();
        return next();
    }
}
