using System.Text.Json;
using MediatR;
using Timeline.Api.Institutions;
using Timeline.Api.Records;
using Timeline.Domain;
using Timeline.EventStore.Serialization;

namespace Timeline.Api.SampleData;

/// <summary>An institution of the sample registry: registered under its first name, then renamed on the days given.</summary>
public sealed record SampleInstitution(string Id, string Name, string? Acronym, string? Country, List<RenameInput>? Renames);

/// <summary>
/// Registers the sample institutions before any sample record names them, through the same commands as the
/// endpoints, so the sample timelines show each entry under the name of its day.
/// </summary>
public static class SampleRegistry
{
    public static async Task LoadAsync(string path, IMediator mediator, Func<Caller> caller, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
            return;
        await using var file = File.OpenRead(path);
        var institutions = await JsonSerializer.DeserializeAsync<List<SampleInstitution>>(file, EventJson.Options, cancellationToken) ?? [];
        foreach (var institution in institutions)
        {
            // A load cut short earlier may have written part of this already: what is there stays.
            await IgnoringConflictsAsync(() => mediator.Send(new RegisterInstitutionCommand(
                new RegistrationInput(institution.Id, institution.Name, institution.Acronym, institution.Country), caller()), cancellationToken));
            foreach (var rename in institution.Renames ?? [])
                await IgnoringConflictsAsync(() => mediator.Send(new RenameInstitutionCommand(institution.Id, rename, null, caller()), cancellationToken));
        }
    }

    private static async Task IgnoringConflictsAsync(Func<Task> write)
    {
        try
        {
            await write();
        }
        catch (DomainException e) when (e.Code == DomainErrors.InstitutionConflict)
        {
        }
    }
}
