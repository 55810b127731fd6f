using System.Collections.Frozen;
using System.Reflection;
using Timeline.Domain;
using Timeline.Domain.Records;

namespace Timeline.EventStore.Serialization;

/// <summary>
/// Stored names to CLR types and back, built from the <see cref="EventTypeAttribute"/> on each record event,
/// so the names are written in exactly one place.
/// </summary>
public static class EventTypeMap
{
    private static readonly FrozenDictionary<string, Type> TypesByName = ByStoredName(typeof(IRecordEvent));

    private static readonly FrozenDictionary<Type, string> NamesByType =
        TypesByName.ToFrozenDictionary(pair => pair.Value, pair => pair.Key);

    public static IEnumerable<string> Names => TypesByName.Keys;

    public static string NameOf(Type type) =>
        NamesByType.TryGetValue(type, out var name) ? name : throw new InvalidOperationException($"{type.Name} is not a stored event type.");

    public static Type? TypeOf(string name) => TypesByName.GetValueOrDefault(name);

    /// <summary>Every event type of the domain that implements <paramref name="eventInterface"/>, by its stored name.</summary>
    internal static FrozenDictionary<string, Type> ByStoredName(Type eventInterface) => eventInterface.Assembly.GetTypes()
        .Where(t => eventInterface.IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
        .ToFrozenDictionary(
            t => t.GetCustomAttribute<EventTypeAttribute>()?.Name
                ?? throw new InvalidOperationException($"{t.Name} has no [EventType] name."),
            StringComparer.Ordinal);
}
