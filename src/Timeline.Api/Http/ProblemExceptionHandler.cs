using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Timeline.Api.Records;
using Timeline.Api.Validation;
using Timeline.Domain;
using Timeline.EventStore;

namespace Timeline.Api.Http;

/// <summary>Turns the service's refusals into RFC 7807 problem details with the right status.</summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            RequestValidationException invalid => new ValidationProblemDetails(invalid.Errors.ToDictionary())
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request is not valid.",
                Detail = invalid.Message,
            },
            BodyRefusedException refused => new ValidationProblemDetails(new Dictionary<string, string[]> { ["body"] = [refused.Message] })
            {
                Status = refused.Status,
                Title = refused.Status == StatusCodes.Status413PayloadTooLarge ? "The request body is too large." : "The request body is not JSON.",
                Detail = $"body {refused.Message}",
            },
            DomainException { Code: DomainErrors.RecordNotFound or DomainErrors.InstitutionNotFound } e => Problem(StatusCodes.Status404NotFound, "Not found.", e.Message),
            DomainException { Code: DomainErrors.RecordAlreadyExists or DomainErrors.RecordRetracted } e =>
                Problem(StatusCodes.Status409Conflict, "Conflict with the record's current state.", e.Message),
            DomainException { Code: DomainErrors.InstitutionConflict } e =>
                Problem(StatusCodes.Status409Conflict, "Conflict with the registry's current state.", e.Message),
            DomainException e => new ValidationProblemDetails(new Dictionary<string, string[]> { [e.Field ?? "body"] = [e.Message] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request is not valid.",
                Detail = e.Message,
            },
            WriteTakenException taken => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "Another caller's identical write was stored.",
                Detail = taken.Message,
                Extensions = { ["eventId"] = taken.EventId, ["recordedBy"] = taken.RecordedBy },
            },
            StaleRevisionException or WrongExpectedVersionException =>
                Problem(StatusCodes.Status409Conflict, "The record has changed since it was read.", exception.Message),
            EventStoreUnavailableException => Problem(StatusCodes.Status503ServiceUnavailable, "The event store does not answer; try again shortly.",
                exception.Message),
            UnsupportedMediaTypeException e => Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type.", e.Message),
            // Kestrel's refusals of the request itself: a body too slow (408) or malformed (400), titled by their status.
            BadHttpRequestException bad => Problem(bad.StatusCode, ReasonPhrases.GetReasonPhrase(bad.StatusCode) + ".", bad.Message),
            _ => null,
        };
        if (problem is null)
            return false;
        context.Response.StatusCode = problem.Status!.Value;
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
            context.Response.Headers.RetryAfter = "5";
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails Problem(int status, string title, string detail) =>
        new() { Status = status, Title = title, Detail = detail };
}
