namespace Timeline.Domain;

/// <summary>
/// The stored name of an event type. It never changes once data exists: a new shape gets a new name
/// (<c>.v2</c>) and the old type stays readable.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class EventTypeAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
