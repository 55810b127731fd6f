using System.Collections.Concurrent;
using Timeline.Api.Records;
using Timeline.Domain;
using Timeline.Domain.Institutions;
using Timeline.Domain.Records;
using Timeline.EventStore;
using Timeline.EventStore.Serialization;
using Timeline.Projections.Registry;
using Timeline.Projections.Runner;

namespace Timeline.Api.Institutions;

public sealed record InstitutionWriteResult(string InstitutionId, long Revision, long Position);

/// <summary>
/// Loads an institution's stream, lets the domain decide, and appends the outcome at the revision it read; and
/// registers the institutions a new record names that the registry does not know yet.
/// </summary>
/// <remarks>
/// Which id is an alias of which is read from the registry's read model, so a question about it first waits (for
/// <see cref="FoldPatience"/> at most) until the read model holds the aliases and merges this service has written: a
/// record naming an alias just added is then read as the alias, not registered as an institution of its own.
/// </remarks>
public sealed class InstitutionRegistry(IEventStore store, RegistryQueries registry, ProjectionStatus projections)
{
    public static readonly TimeSpan FoldPatience = TimeSpan.FromSeconds(10);

    // An institution once registered stays registered: a write that saw it need not read its stream again.
    private readonly ConcurrentDictionary<string, bool> _registered = new(StringComparer.Ordinal);
    // The log position of the latest alias or merge written here; -1 while none.
    private long _written = -1;

    public async Task<(InstitutionState State, long Revision, IReadOnlyList<InstitutionEnvelope> History)> LoadAsync(
        string institutionId, CancellationToken cancellationToken)
    {
        var state = InstitutionState.Initial;
        var revision = -1L;
        var history = new List<InstitutionEnvelope>();
        await foreach (var stored in store.ReadStreamAsync(InstitutionIds.StreamOf(institutionId), cancellationToken: cancellationToken))
        {
            revision = stored.Revision;
            if (InstitutionEventSerializer.ToEnvelope(stored) is not { } envelope)
                continue;
            history.Add(envelope);
            state = InstitutionState.Evolve(state, envelope.Event);
        }
        return (state, revision, history);
    }

    /// <summary>Decides <paramref name="command"/> and appends its events, expecting the stream where it was read (and where <paramref name="ifMatch"/> says).</summary>
    public async Task<InstitutionWriteResult> ExecuteAsync(InstitutionCommand command, long? ifMatch, Caller caller, CancellationToken cancellationToken)
    {
        var stream = InstitutionIds.StreamOf(command.InstitutionId);
        var (state, revision, _) = await LoadAsync(command.InstitutionId, cancellationToken);
        if (ifMatch is { } expectedRevision && expectedRevision != revision && state.Exists)
            throw new WrongExpectedVersionException(stream, ExpectedRevision.Exact(expectedRevision), revision);
        var events = InstitutionDecider.Decide(command, state, await ContextAsync(command, cancellationToken));
        var result = await AppendAsync(stream, revision, events, caller, cancellationToken);
        return new InstitutionWriteResult(command.InstitutionId, result.NextExpectedRevision, result.Position);
    }

    /// <summary>
    /// Registers each institution <paramref name="recorded"/> names that is neither registered nor an alias, as the
    /// record names it. Two records naming the same new id at once both expect no stream: the one appended second
    /// is refused by the store, finds the institution registered, and leaves it as the first naming left it.
    /// </summary>
    public async Task RegisterNamedAsync(IActivityRecorded recorded, Caller caller, CancellationToken cancellationToken)
    {
        foreach (var institution in recorded.Facts.Institutions)
        {
            if (_registered.ContainsKey(institution.Id))
                continue;
            var stream = InstitutionIds.StreamOf(institution.Id);
            if (await StreamExistsAsync(stream, cancellationToken) || await RedirectOfAsync(institution.Id, cancellationToken) is not null)
            {
                _registered[institution.Id] = true;
                continue;
            }
            IReadOnlyList<IInstitutionEvent> events;
            try
            {
                events = InstitutionDecider.Decide(new RegisterInstitution(institution.Id, institution.Name, institution.Acronym, institution.Country,
                    recorded.RecordId), InstitutionState.Initial, RegistryContext.None);
            }
            catch (DomainException)
            {
                // The record stands even when its name for an institution would not do for the registry; a person registers it.
                continue;
            }
            try
            {
                await AppendAsync(stream, -1, events, caller, cancellationToken);
            }
            catch (WrongExpectedVersionException)
            {
                // Another record registered it first: the first naming wins.
            }
            _registered[institution.Id] = true;
        }
    }

    private async Task<AppendResult> AppendAsync(string stream, long revision, IReadOnlyList<IInstitutionEvent> events, Caller caller,
        CancellationToken cancellationToken)
    {
        var metadata = caller.ToMetadata();
        var data = events.Select((e, i) => InstitutionEventSerializer.ToEventData(e, stream, revision + 1 + i, metadata)).ToList();
        var expected = revision < 0 ? ExpectedRevision.NoStream : ExpectedRevision.Exact(revision);
        var result = await store.AppendAsync(stream, expected, data, cancellationToken);
        // Only an alias or a merge makes an id lead elsewhere: registrations and renames need no wait.
        if (events.Any(e => e is InstitutionAliasAdded or InstitutionMerged))
        {
            var seen = Interlocked.Read(ref _written);
            while (result.Position > seen && Interlocked.CompareExchange(ref _written, result.Position, seen) != seen)
                seen = Interlocked.Read(ref _written);
        }
        return result;
    }

    /// <summary>The institution <paramref name="institutionId"/> redirects to, once the read model holds this service's registry writes.</summary>
    private async Task<string?> RedirectOfAsync(string institutionId, CancellationToken cancellationToken)
    {
        var written = Interlocked.Read(ref _written);
        if (projections.Checkpoint < written)
        {
            using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            patience.CancelAfter(FoldPatience);
            try
            {
                await projections.WaitForAsync(written, patience.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The fold is stuck or far behind (its errors are on /health): answer from what it holds.
            }
        }
        return await registry.RedirectOfAsync(institutionId, cancellationToken);
    }

    /// <summary>What the decision needs to know of the other id a command names: its stream, and whose alias it already is.</summary>
    private async Task<RegistryContext> ContextAsync(InstitutionCommand command, CancellationToken cancellationToken)
    {
        var (other, field) = command switch
        {
            AddInstitutionAlias alias => (alias.AliasId, "aliasId"),
            MergeInstitution merge => (merge.IntoId, "into"),
            _ => (command.InstitutionId, "id"),
        };
        InstitutionRef.CheckedId(other, field);
        var state = other == command.InstitutionId ? InstitutionState.Initial : (await LoadAsync(other, cancellationToken)).State;
        return new RegistryContext(state, await RedirectOfAsync(other, cancellationToken));
    }

    private async Task<bool> StreamExistsAsync(string stream, CancellationToken cancellationToken)
    {
        await foreach (var _ in store.ReadStreamAsync(stream, ReadDirection.Forwards, 0, 1, cancellationToken))
            return true;
        return false;
    }
}
