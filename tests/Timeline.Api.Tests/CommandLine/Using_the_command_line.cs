using System.Text.Json;

namespace Timeline.Api.Tests.CommandLine;

public sealed class Using_the_command_line
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData("improt")]
    [InlineData("--verbose")]
    [InlineData("serve", "--bogus")]
    [InlineData("serve", "stray")]
    [InlineData("import", "--no-such-option", "page.txt")]
    [InlineData("backup")]
    [InlineData("backup", "--to", "somewhere")]
    [InlineData("rebuild", "--nope")]
    [InlineData("verify", "stray")]
    [InlineData("export", "country", "KZ", "--bogus")]
    [InlineData("healthcheck", "not a url")]
    [InlineData("healthcheck", "--bogus")]
    public async Task A_mistyped_verb_or_option_fails_with_the_usage_and_starts_no_server(params string[] arguments)
    {
        // Were the server to start, it would answer on this port and the bounded run would time out.
        var outcome = await ApiProcess.RunAsync(arguments, Bound,
            new Dictionary<string, string?> { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{ApiProcess.FreePort()}" });

        Assert.NotEqual(0, outcome.ExitCode);
        Assert.Contains("Usage:", outcome.Out + outcome.Error);
    }

    [Fact]
    public async Task An_address_that_is_not_one_is_refused_with_a_message_before_the_service_starts()
    {
        var outcome = await ApiProcess.RunAsync(["--urls", "notaurl", "--Storage:DataDirectory", ApiProcess.TempFolder()], Bound);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("'notaurl' is not an address to listen on", outcome.Error);
        Assert.DoesNotContain("Unhandled exception", outcome.Error);
    }

    [Fact]
    public async Task A_backup_into_a_folder_that_cannot_be_made_is_refused_with_a_message()
    {
        var file = Path.Combine(ApiProcess.TempFolder(), "a-file");
        await File.WriteAllTextAsync(file, "not a folder");

        var outcome = await ApiProcess.RunAsync(["backup", Path.Combine(file, "copy"), "--data", ApiProcess.TempFolder()], Bound);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("Cannot back up into", outcome.Error);
        Assert.DoesNotContain("Unhandled exception", outcome.Error);
    }

    [Theory]
    [InlineData("serve")]
    [InlineData("import")]
    [InlineData("rebuild")]
    [InlineData("backup")]
    [InlineData("verify")]
    [InlineData("export")]
    [InlineData("healthcheck")]
    [InlineData("people")]
    [InlineData("places")]
    public async Task Every_verb_explains_itself_with_help(string verb)
    {
        var outcome = await ApiProcess.RunAsync([verb, "--help"], Bound);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains($"Timeline.Api {verb}", outcome.Out);
    }

    [Fact]
    public async Task Places_lists_where_imported_records_happened_and_each_place_s_records()
    {
        var folder = ApiProcess.TempFolder();
        var data = Path.Combine(folder, "data");
        var page = Path.Combine(folder, "page-18.txt");
        await File.WriteAllTextAsync(page, """
            In May 2019 a delegation of the Open University of China visited Almaty, Kazakhstan, to discuss teacher training.
            """);
        Assert.Equal(0, (await ApiProcess.RunAsync(["import", page, "--data", data], Bound)).ExitCode);
        Assert.Equal(0, (await ApiProcess.RunAsync(["rebuild", "--data", data], Bound)).ExitCode);

        var places = await ApiProcess.RunAsync(["places", "alma", "--json", "--data", data], Bound);
        var records = await ApiProcess.RunAsync(["places", "--records", "Almaty", "--json", "--data", data], Bound);
        var nowhere = await ApiProcess.RunAsync(["places", "--records", "Nowhere", "--data", data], Bound);

        Assert.Equal(0, places.ExitCode);
        using (var almaty = JsonDocument.Parse(places.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Single()))
        {
            Assert.Equal("Almaty", almaty.RootElement.GetProperty("name").GetString());
            Assert.Equal(1, almaty.RootElement.GetProperty("records").GetInt64());
        }
        Assert.Equal(0, records.ExitCode);
        using (var record = JsonDocument.Parse(records.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Single()))
            Assert.Equal("DelegationVisited", record.RootElement.GetProperty("kind").GetString());
        Assert.NotEqual(0, nowhere.ExitCode);
        Assert.Contains("Nowhere", nowhere.Error);
    }

    [Fact]
    public async Task Import_with_json_writes_nothing_but_json_lines_on_stdout()
    {
        var folder = ApiProcess.TempFolder();
        var page = Path.Combine(folder, "page-17.txt");
        await File.WriteAllTextAsync(page, """
            On 3 March 2021 the Open University of China and the Open University of Sri Lanka signed a memorandum of understanding on joint courses.

            In May 2019 a delegation of the Open University of China visited Almaty, Kazakhstan, to discuss teacher training.
            """);

        var outcome = await ApiProcess.RunAsync(["import", page, "--json", "--data", Path.Combine(folder, "data")], Bound);

        Assert.Equal(0, outcome.ExitCode);
        var lines = outcome.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        foreach (var line in lines)
        {
            using var paragraph = JsonDocument.Parse(line);
            Assert.Equal("page-17", paragraph.RootElement.GetProperty("document").GetString());
            Assert.Equal("recorded", paragraph.RootElement.GetProperty("status").GetString());
        }
    }

    [Fact]
    public async Task An_imported_paragraph_holding_a_control_character_is_reported_invalid_and_the_others_recorded()
    {
        var folder = ApiProcess.TempFolder();
        var page = Path.Combine(folder, "page-18.txt");
        await File.WriteAllTextAsync(page,
            "On 3 March 2021 the Open University of China and the Open University of Sri Lanka signed a memorandum of understanding on joint courses.\n\n"
            + "In May 2019 a delegation of the Open University of China visited Almaty, \u001b[31mKazakhstan, to discuss teacher training.\n");

        var outcome = await ApiProcess.RunAsync(["import", page, "--json", "--data", Path.Combine(folder, "data")], Bound);

        Assert.Equal(0, outcome.ExitCode);
        var paragraphs = outcome.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement).ToArray();
        Assert.Equal(["recorded", "invalid"], paragraphs.Select(p => p.GetProperty("status").GetString()));
        Assert.Contains("control character U+001B", paragraphs[1].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Import_refuses_a_publication_day_that_is_not_a_day()
    {
        var folder = ApiProcess.TempFolder();
        var page = Path.Combine(folder, "page.txt");
        await File.WriteAllTextAsync(page, "In June 2014 the university held a seminar.");

        var outcome = await ApiProcess.RunAsync(["import", page, "--published-on", "2020-13-01", "--data", folder], Bound);

        Assert.NotEqual(0, outcome.ExitCode);
        Assert.Contains("--published-on takes a day as YYYY-MM-DD", outcome.Error);
        Assert.False(File.Exists(Path.Combine(folder, "events.db")));
    }
}
