namespace Timeline.Api.CommandLine;

internal static class UserPaths
{
    /// <summary>
    /// Relative paths are taken from the shell's folder (PWD) when there is one, as a user typing them means:
    /// <c>dotnet run</c> starts the program in the project's folder, not the caller's.
    /// </summary>
    public static string Resolve(string path) =>
        Path.IsPathRooted(path) || Environment.GetEnvironmentVariable("PWD") is not { Length: > 0 } shell
            ? Path.GetFullPath(path)
            : Path.GetFullPath(Path.Combine(shell, path));
}
