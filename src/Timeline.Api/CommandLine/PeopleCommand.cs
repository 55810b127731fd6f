using System.CommandLine;
using System.Text.Json;
using Spectre.Console;
using Timeline.EventStore.Serialization;
using Timeline.Projections.People;

namespace Timeline.Api.CommandLine;

/// <summary>
/// <c>people</c> and <c>places</c>: who and where the records name, with their record counts, or one name's records in
/// timeline order; offline, from the read models in the data folder as the service last folded them.
/// </summary>
public static class PeopleCommand
{
    private const int MaxRows = 10_000;

    public static Command Create(Named named)
    {
        var data = CommonOptions.Data();
        var json = CommonOptions.Json();
        var noun = named == Named.People ? "person" : "place";
        var contains = new Argument<string?>("TEXT") { Description = $"Only names containing this text (any case).", Arity = ArgumentArity.ZeroOrOne };
        var records = new Option<string?>("--records") { Description = $"List the records naming this {noun} (the name as listed) instead." };
        var command = new Command(named == Named.People ? "people" : "places",
            $"The {(named == Named.People ? "people" : "places")} records name, with how many records name each, most first.")
        {
            contains, records, data, json,
        };
        command.SetAction(async (parsed, cancellation) =>
        {
            await using var app = TimelineHost.BuildOffline(parsed.GetValue(data));
            var queries = app.Services.GetRequiredService<PeopleQueries>();
            return parsed.GetValue(records) is { } name
                ? await RecordsAsync(queries, named, name, parsed.GetValue(json), cancellation)
                : await NamesAsync(queries, named, parsed.GetValue(contains), parsed.GetValue(json), cancellation);
        });
        return command;
    }

    private static async Task<int> NamesAsync(PeopleQueries queries, Named named, string? contains, bool json, CancellationToken cancellation)
    {
        var slice = await queries.ListAsync(named, contains, 0, MaxRows, cancellation);
        if (json)
        {
            foreach (var entry in slice.Entries)
                Console.Out.WriteLine(JsonSerializer.Serialize(entry, Terminal.JsonLines));
            return 0;
        }
        var table = new Table().AddColumns("name", "records");
        foreach (var entry in slice.Entries)
            table.AddRow(Markup.Escape(entry.Name), entry.Records.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Terminal.Out.Write(table);
        Terminal.Out.MarkupLineInterpolated($"{slice.Total} {(named == Named.People ? "people" : "places")}");
        return 0;
    }

    private static async Task<int> RecordsAsync(PeopleQueries queries, Named named, string name, bool json, CancellationToken cancellation)
    {
        var slice = await queries.RecordsAsync(named, name, 0, MaxRows, cancellation);
        if (slice.Total == 0)
            return Terminal.Fail($"No visible record names the {(named == Named.People ? "person" : "place")} '{name}'.");
        if (json)
        {
            foreach (var entry in slice.Entries)
                Console.Out.WriteLine(JsonSerializer.Serialize(entry, EventJson.Options));
            return 0;
        }
        var table = new Table().AddColumns("date", "kind", "title", "record");
        foreach (var entry in slice.Entries)
            table.AddRow(Markup.Escape(entry.DateDisplay), entry.Kind, Markup.Escape(entry.Title), entry.RecordId);
        Terminal.Out.Write(table);
        return 0;
    }
}
