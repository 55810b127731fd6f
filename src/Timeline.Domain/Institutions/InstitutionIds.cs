namespace Timeline.Domain.Institutions;

public static class InstitutionIds
{
    /// <summary>One stream per institution, named like record streams (<c>record-{id}</c>).</summary>
    public static string StreamOf(string institutionId) => $"institution-{institutionId}";
}
