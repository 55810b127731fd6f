namespace Timeline.Domain.People;

/// <summary>Someone named in an announcement, with the role given there and the institution they act for.</summary>
public sealed record Person(string Name, string? Role, string? InstitutionId);
