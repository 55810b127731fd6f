namespace Timeline.Api.Security;

public sealed class ApiKeyOptions
{
    public const string Section = "Auth";

    /// <summary>Who may write: each key's name becomes the recorded-by of the events it writes.</summary>
    public List<ApiKey> ApiKeys { get; set; } = [];
}

public sealed class ApiKey
{
    public string Name { get; set; } = "";
    public string Key { get; set; } = "";
}
