namespace Timeline.Api.SampleData;

public sealed class SampleDataOptions
{
    public const string Section = "SampleData";

    /// <summary>Load the sample records when the service starts on an empty store.</summary>
    public bool LoadOnEmptyStore { get; set; } = true;

    /// <summary>The JSON file of records to load, relative to the application's folder.</summary>
    public string File { get; set; } = Path.Combine("SampleData", "ouc-newsroom.json");

    /// <summary>The JSON file of institutions registered (and renamed) before the records are loaded.</summary>
    public string RegistryFile { get; set; } = Path.Combine("SampleData", "ouc-registry.json");
}
