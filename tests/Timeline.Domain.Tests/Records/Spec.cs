using System.Text;
using Timeline.Domain.Records;
using Timeline.EventStore.Serialization;

namespace Timeline.Domain.Tests.Records;

/// <summary>
/// Given the events already on a record's stream, when a command is decided, then these events follow
/// (or the command is refused). Events are compared by stored name and JSON: records holding lists
/// would otherwise compare those lists by reference.
/// </summary>
public sealed class Spec
{
    private readonly IReadOnlyList<IRecordEvent> history;
    private readonly RecordCommand? command;

    private Spec(IReadOnlyList<IRecordEvent> history, RecordCommand? command)
    {
        this.history = history;
        this.command = command;
    }

    public static Spec Given(params IRecordEvent[] events) => new(events, null);

    public Spec When(RecordCommand command) => new(history, command);

    public void Then(params IRecordEvent[] expected) =>
        Assert.Equal(Describe(expected), Describe(Decide()));

    public DomainException ThenRefused(string domainErrorCode)
    {
        var refusal = Assert.Throws<DomainException>(Decide);
        Assert.Equal(domainErrorCode, refusal.Code);
        return refusal;
    }

    public static IReadOnlyList<string> Describe(IEnumerable<IRecordEvent> events) =>
        events.Select(Describe).ToList();

    public static string Describe(IRecordEvent @event) =>
        $"{EventTypeMap.NameOf(@event.GetType())} {Encoding.UTF8.GetString(RecordEventSerializer.Serialize(@event))}";

    private IReadOnlyList<IRecordEvent> Decide() =>
        RecordDecider.Decide(command ?? throw new InvalidOperationException("Call When(command) before Then."),
            RecordState.Fold(history));
}
