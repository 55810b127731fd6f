using MediatR;
using Timeline.Api.Records;
using Timeline.Domain.Dates;
using Timeline.Domain.Institutions;
using Timeline.Projections.Registry;

namespace Timeline.Api.Institutions;

/// <summary>The registry's view of one institution, read from its own stream; an alias or merged id answers where it leads.</summary>
public sealed record GetInstitutionQuery(string InstitutionId) : IRequest<InstitutionAnswer>;

/// <summary>Either the institution, or the id it is reached under (an alias), or nothing.</summary>
public sealed record InstitutionAnswer(InstitutionDocument? Institution, string? RedirectTo)
{
    public static readonly InstitutionAnswer NotFound = new(null, null);
}

/// <summary>A name and the day it took effect (null for the name the institution was registered with).</summary>
public sealed record NameInForce(string Name, string? Acronym, HistoricalDate? EffectiveOn);

public sealed record InstitutionDocument(
    string Id,
    string Name,
    string? Acronym,
    string? Country,
    string? RegisteredFromRecord,
    IReadOnlyList<NameInForce> Names,
    IReadOnlyList<string> Aliases,
    string? MergedInto,
    long Revision,
    IReadOnlyList<HistoryEntry> History);

public sealed class GetInstitutionHandler(InstitutionRegistry registry, RegistryQueries queries) : IRequestHandler<GetInstitutionQuery, InstitutionAnswer>
{
    public async Task<InstitutionAnswer> Handle(GetInstitutionQuery request, CancellationToken cancellationToken)
    {
        var (state, revision, history) = await registry.LoadAsync(request.InstitutionId, cancellationToken);
        if (!state.Exists)
            return await queries.RedirectOfAsync(request.InstitutionId, cancellationToken) is { } owner
                ? new InstitutionAnswer(null, owner)
                : InstitutionAnswer.NotFound;
        var current = state.Current!;
        var registered = history.Select(e => e.Event).OfType<InstitutionRegistered>().First();
        return new InstitutionAnswer(new InstitutionDocument(
            state.Id!,
            current.Name,
            current.Acronym,
            state.Country?.Value,
            registered.FromRecordId,
            state.Names.Select(n => new NameInForce(n.Name, n.Acronym, n.EffectiveOn)).ToList(),
            state.Aliases,
            state.MergedInto,
            revision,
            history.Select(e => HistoryEntry.Of(e.Stored)).ToList()), null);
    }
}
