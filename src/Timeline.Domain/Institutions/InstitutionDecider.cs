using Timeline.Domain.Dates;

namespace Timeline.Domain.Institutions;

/// <summary>Decides which events a registry command produces on an institution, or refuses it with a <see cref="DomainException"/>.</summary>
public static class InstitutionDecider
{
    public const int MaxNameLength = 300;

    public static IReadOnlyList<IInstitutionEvent> Decide(InstitutionCommand command, InstitutionState state, RegistryContext context) => command switch
    {
        RegisterInstitution register => [Register(register, state, context)],
        RenameInstitution rename => [Rename(rename, state)],
        AddInstitutionAlias alias => [AddAlias(alias, state, context)],
        MergeInstitution merge => [Merge(merge, state, context)],
        _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown command."),
    };

    private static InstitutionRegistered Register(RegisterInstitution command, InstitutionState state, RegistryContext context)
    {
        InstitutionRef.CheckedId(command.InstitutionId, "id");
        if (state.Exists)
            throw new DomainException(DomainErrors.InstitutionConflict,
                $"Institution '{command.InstitutionId}' is already registered; rename it instead.", "id");
        if (context.OtherIsAliasOf is { } owner)
            throw new DomainException(DomainErrors.InstitutionConflict,
                $"'{command.InstitutionId}' is an alias of '{owner}' and cannot be registered on its own.", "id");
        return new InstitutionRegistered(command.InstitutionId, CheckName(command.Name), Trimmed(command.Acronym), command.Country, command.FromRecordId);
    }

    private static InstitutionRenamed Rename(RenameInstitution command, InstitutionState state)
    {
        EnsureOpen(command.InstitutionId, state, "renamed");
        if (command.EffectiveOn is not { Precision: DatePrecision.Day, IsInterval: false } day)
            throw new DomainException(DomainErrors.InvalidValue,
                "A rename needs the day the new name took effect (YYYY-MM-DD).", "effectiveOn");
        var reason = string.IsNullOrWhiteSpace(command.Reason)
            ? throw new DomainException(DomainErrors.InvalidValue, "A reason is required.", "reason")
            : command.Reason.Trim();
        var name = CheckName(command.Name);
        if (state.Names.Any(n => n.EffectiveOn == day))
            throw new DomainException(DomainErrors.InstitutionConflict,
                $"Institution '{command.InstitutionId}' already has a name taking effect on {day}.", "effectiveOn");
        return new InstitutionRenamed(command.InstitutionId, name, Trimmed(command.Acronym), day, reason);
    }

    private static InstitutionAliasAdded AddAlias(AddInstitutionAlias command, InstitutionState state, RegistryContext context)
    {
        EnsureOpen(command.InstitutionId, state, "given an alias");
        var alias = InstitutionRef.CheckedId(command.AliasId, "aliasId");
        if (alias == command.InstitutionId || context.Other.Exists)
            throw new DomainException(DomainErrors.InstitutionConflict,
                $"'{alias}' is a registered institution, so it cannot be an alias; merge it instead.", "aliasId");
        if (context.OtherIsAliasOf is { } owner)
            throw new DomainException(DomainErrors.InstitutionConflict,
                $"'{alias}' is already an alias of '{owner}'.", "aliasId");
        return new InstitutionAliasAdded(command.InstitutionId, alias);
    }

    private static InstitutionMerged Merge(MergeInstitution command, InstitutionState state, RegistryContext context)
    {
        EnsureOpen(command.InstitutionId, state, "merged");
        var into = InstitutionRef.CheckedId(command.IntoId, "into");
        if (into == command.InstitutionId)
            throw new DomainException(DomainErrors.InstitutionConflict, $"Institution '{into}' cannot be merged into itself.", "into");
        if (!context.Other.Exists)
            throw new DomainException(DomainErrors.InstitutionNotFound, $"Institution '{into}' is not registered.", "into");
        if (context.Other.MergedInto is { } further)
            throw new DomainException(DomainErrors.InstitutionConflict,
                $"Institution '{into}' was itself merged into '{further}': merge into '{further}' instead.", "into");
        return new InstitutionMerged(command.InstitutionId, into);
    }

    private static void EnsureOpen(string institutionId, InstitutionState state, string verb)
    {
        if (!state.Exists)
            throw new DomainException(DomainErrors.InstitutionNotFound, $"Institution '{institutionId}' is not registered.", "institutionId");
        if (state.MergedInto is { } into)
            throw new DomainException(DomainErrors.InstitutionConflict,
                $"Institution '{institutionId}' was merged into '{into}' and cannot be {verb}.", "institutionId");
    }

    private static string CheckName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new DomainException(DomainErrors.InvalidValue, "An institution needs a name.", "name");
        var trimmed = name.Trim();
        return trimmed.Length <= MaxNameLength
            ? trimmed
            : throw new DomainException(DomainErrors.InvalidValue, $"A name has at most {MaxNameLength} characters.", "name");
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
