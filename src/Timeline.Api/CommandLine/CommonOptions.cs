using System.CommandLine;

namespace Timeline.Api.CommandLine;

/// <summary>Options every offline verb shares.</summary>
public static class CommonOptions
{
    public static Option<string?> Data() => new("--data")
    {
        Description = "The data folder holding events.db and readmodel.db (default: Storage:DataDirectory from configuration).",
    };

    public static Option<bool> Json() => new("--json")
    {
        Description = "Machine output on stdout alone, one JSON object per line; progress and messages go to stderr.",
    };

    /// <summary>
    /// System.CommandLine hands an unknown <c>--option</c> to a verb's arguments when they can take it; refuse it
    /// instead, so a mistyped flag is never read as a file name (a file named so can be given as <c>./-name</c>).
    /// </summary>
    public static T RefusingOptions<T>(this T argument) where T : Argument
    {
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(token => token.Value.StartsWith('-')))
                result.AddError($"Unknown option '{token.Value}'.");
        });
        return argument;
    }
}
