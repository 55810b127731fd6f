namespace Timeline.Api.Validation;

/// <summary>Checks a request before its handler runs; adds what is wrong to <paramref name="errors"/>.</summary>
public interface IValidator<in TRequest>
{
    void Validate(TRequest request, ValidationErrors errors);
}
