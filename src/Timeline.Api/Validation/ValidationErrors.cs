namespace Timeline.Api.Validation;

/// <summary>Collects every problem with an input, field by field, so a caller learns all of them at once.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _byField = new(StringComparer.Ordinal);

    public bool IsEmpty => _byField.Count == 0;

    public void Add(string field, string reason)
    {
        if (!_byField.TryGetValue(field, out var reasons))
            _byField[field] = reasons = [];
        reasons.Add(reason);
    }

    public IDictionary<string, string[]> ToDictionary() => _byField.ToDictionary(p => p.Key, p => p.Value.ToArray());

    public void ThrowIfAny()
    {
        if (!IsEmpty)
            throw new RequestValidationException(this);
    }
}

/// <summary>The input is not acceptable; nothing was written.</summary>
public sealed class RequestValidationException(ValidationErrors errors)
    : Exception("The request is not valid: " + string.Join("; ", errors.ToDictionary().Select(p => $"{p.Key}: {string.Join(", ", p.Value)}")))
{
    public ValidationErrors Errors { get; } = errors;

    public static RequestValidationException For(string field, string reason)
    {
        var errors = new ValidationErrors();
        errors.Add(field, reason);
        return new RequestValidationException(errors);
    }
}
