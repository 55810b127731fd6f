using System.Text;
using System.Text.Json;
using Timeline.Domain.Institutions;
using Timeline.EventStore;
using Timeline.EventStore.Serialization;

namespace Timeline.Domain.Tests.Institutions;

/// <summary>
/// Given the events on an institution's stream (and what the registry knows of the other id a command names),
/// when a command is decided, then these events follow or the command is refused. Events compare by stored name and JSON.
/// </summary>
public sealed record RegistrySpec(IReadOnlyList<IInstitutionEvent> History, RegistryContext Context, InstitutionCommand? Command = null)
{
    public static RegistrySpec Given(params IInstitutionEvent[] events) => new(events, RegistryContext.None);

    public RegistrySpec AndOther(params IInstitutionEvent[] events) => this with { Context = Context with { Other = InstitutionState.Fold(events) } };

    public RegistrySpec AndAliasOf(string owner) => this with { Context = Context with { OtherIsAliasOf = owner } };

    public RegistrySpec When(InstitutionCommand command) => this with { Command = command };

    public void Then(params IInstitutionEvent[] expected) => Assert.Equal(expected.Select(Describe), Decide().Select(Describe));

    public DomainException ThenRefused(string code)
    {
        var refusal = Assert.Throws<DomainException>(Decide);
        Assert.Equal(code, refusal.Code);
        return refusal;
    }

    public static string Describe(IInstitutionEvent @event)
    {
        var data = InstitutionEventSerializer.ToEventData(@event, "institution-x", 0, new EventMetadata("specs", Guid.Empty, Guid.Empty));
        return $"{data.Type} {Encoding.UTF8.GetString(data.Data.Span)}";
    }

    private IReadOnlyList<IInstitutionEvent> Decide() =>
        InstitutionDecider.Decide(Command ?? throw new InvalidOperationException("Call When(command) before Then."),
            InstitutionState.Fold(History), Context);
}
