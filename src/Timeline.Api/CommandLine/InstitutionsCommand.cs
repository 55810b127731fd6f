using System.CommandLine;
using System.Text.Json;
using MediatR;
using Spectre.Console;
using Timeline.Api.Institutions;
using Timeline.Api.Records;
using Timeline.Api.Validation;
using Timeline.Domain;
using Timeline.Domain.Institutions;
using Timeline.EventStore;
using Timeline.EventStore.Serialization;

namespace Timeline.Api.CommandLine;

/// <summary>
/// <c>institutions</c>: the registry, offline against the data folder. <c>list</c> and <c>show</c> read the log
/// itself (so they are never behind it); <c>rename</c>, <c>alias</c> and <c>merge</c> go through the same commands
/// as the endpoints, and the read models catch up when the service next runs.
/// </summary>
public static class InstitutionsCommand
{
    private const string CallerName = "cli-institutions";
    private static readonly Option<string?> Data = CommonOptions.Data();
    private static readonly Option<bool> Json = CommonOptions.Json();
    private static readonly Argument<string> Id = new("ID") { Description = "The institution's id, such as ouc." };

    public static Command Create()
    {
        var list = new Command("list", "Every registered institution with its current name.") { Data, Json };
        list.SetAction((parsed, cancellation) => ListAsync(parsed.GetValue(Data), parsed.GetValue(Json), cancellation));
        var show = new Command("show", "One institution: names over time, aliases, merge, and its history.") { Id, Data, Json };
        show.SetAction((parsed, cancellation) => ShowAsync(parsed.GetValue(Id)!, parsed.GetValue(Data), parsed.GetValue(Json), cancellation));
        return new Command("institutions", "Read and change the registry of institutions (offline).")
        {
            list, show, Rename(), Alias(), Merge(),
        };
    }

    private static Command Rename()
    {
        var name = new Argument<string>("NAME") { Description = "The new name." };
        var effectiveOn = new Option<string>("--effective-on") { Description = "The day the new name took effect (YYYY-MM-DD).", Required = true };
        var reason = new Option<string>("--reason") { Description = "Why the institution is renamed.", Required = true };
        var acronym = new Option<string?>("--acronym") { Description = "The acronym that goes with the new name." };
        var command = new Command("rename", "Rename an institution from the day the new name took effect.") { Id, name, effectiveOn, reason, acronym, Data, Json };
        command.SetAction((parsed, cancellation) => WriteAsync(parsed, caller => new RenameInstitutionCommand(parsed.GetValue(Id)!,
            new RenameInput(parsed.GetValue(name), parsed.GetValue(acronym), parsed.GetValue(effectiveOn), parsed.GetValue(reason)), null, caller), cancellation));
        return command;
    }

    private static Command Alias()
    {
        var alias = new Argument<string>("ALIAS") { Description = "The other id that is to reach the institution." };
        var command = new Command("alias", "Let another id reach an institution.") { Id, alias, Data, Json };
        command.SetAction((parsed, cancellation) => WriteAsync(parsed, caller =>
            new AddInstitutionAliasCommand(parsed.GetValue(Id)!, new AliasInput(parsed.GetValue(alias)), null, caller), cancellation));
        return command;
    }

    private static Command Merge()
    {
        var into = new Argument<string>("INTO") { Description = "The id of the institution to merge into." };
        var command = new Command("merge", "Merge an institution into another.") { Id, into, Data, Json };
        command.SetAction((parsed, cancellation) => WriteAsync(parsed, caller =>
            new MergeInstitutionCommand(parsed.GetValue(Id)!, new MergeInput(parsed.GetValue(into)), null, caller), cancellation));
        return command;
    }

    private static async Task<int> WriteAsync(ParseResult parsed, Func<Caller, IRequest<InstitutionWriteResult>> command, CancellationToken cancellation)
    {
        await using var app = TimelineHost.BuildOffline(parsed.GetValue(Data));
        await using var scope = app.Services.CreateAsyncScope();
        var correlation = Guid.NewGuid();
        try
        {
            var result = await scope.ServiceProvider.GetRequiredService<IMediator>()
                .Send(command(new Caller(CallerName, correlation, correlation)), cancellation);
            if (parsed.GetValue(Json))
                Console.Out.WriteLine(JsonSerializer.Serialize(result, Terminal.JsonLines));
            else
                Terminal.Out.MarkupLineInterpolated($"[bold]{result.InstitutionId}[/] is at revision {result.Revision} (log position {result.Position}).");
            return 0;
        }
        catch (Exception e) when (e is DomainException or RequestValidationException)
        {
            return Terminal.Fail(e.Message);
        }
    }

    private static async Task<int> ListAsync(string? data, bool json, CancellationToken cancellation)
    {
        await using var app = TimelineHost.BuildOffline(data);
        var states = new SortedDictionary<string, InstitutionState>(StringComparer.Ordinal);
        await foreach (var stored in app.Services.GetRequiredService<IEventStore>().ReadAllAsync(0, int.MaxValue, cancellation))
        {
            if (InstitutionEventSerializer.ToEnvelope(stored) is { } envelope)
                states[envelope.Event.InstitutionId] = InstitutionState.Evolve(states.GetValueOrDefault(envelope.Event.InstitutionId) ?? InstitutionState.Initial, envelope.Event);
        }
        if (json)
        {
            foreach (var (id, state) in states)
                Console.Out.WriteLine(JsonSerializer.Serialize(new { id, state.Current!.Name, state.Current.Acronym, country = state.Country?.Value, state.Aliases, state.MergedInto }, Terminal.JsonLines));
            return 0;
        }
        var table = new Table().AddColumns("id", "name", "acronym", "country", "aliases", "merged into");
        foreach (var (id, state) in states)
            table.AddRow(Markup.Escape(id), Markup.Escape(state.Current!.Name), Markup.Escape(state.Current.Acronym ?? ""), state.Country?.Value ?? "",
                Markup.Escape(string.Join(", ", state.Aliases)), Markup.Escape(state.MergedInto ?? ""));
        Terminal.Out.Write(table);
        return 0;
    }

    private static async Task<int> ShowAsync(string id, string? data, bool json, CancellationToken cancellation)
    {
        await using var app = TimelineHost.BuildOffline(data);
        var answer = await app.Services.GetRequiredService<IMediator>().Send(new GetInstitutionQuery(id), cancellation);
        if (answer.Institution is not { } institution)
            return Terminal.Fail(answer.RedirectTo is { } owner ? $"'{id}' is an alias of '{owner}'." : $"Institution '{id}' is not registered.");
        if (json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(institution, EventJson.Options));
            return 0;
        }
        Terminal.Out.MarkupLineInterpolated($"[bold]{institution.Id}[/]: {institution.Name} ({institution.Acronym}), {institution.Country}, revision {institution.Revision}");
        foreach (var name in institution.Names)
            Terminal.Out.MarkupLineInterpolated($"  {(name.EffectiveOn?.ToString() ?? "registered"),-12} {name.Name} ({name.Acronym})");
        if (institution.Aliases.Count > 0)
            Terminal.Out.MarkupLineInterpolated($"  aliases: {string.Join(", ", institution.Aliases)}");
        if (institution.MergedInto is { } into)
            Terminal.Out.MarkupLineInterpolated($"  merged into: {into}");
        foreach (var entry in institution.History)
            Terminal.Out.MarkupLineInterpolated($"  #{entry.Revision} {entry.Type} by {entry.RecordedBy} at {entry.RecordedAt:u}");
        return 0;
    }
}
