namespace Timeline.Domain.Records;

/// <summary>Decides which events a command produces on a record, or refuses it with a <see cref="DomainException"/>.</summary>
public static class RecordDecider
{
    public static IReadOnlyList<IRecordEvent> Decide(RecordCommand command, RecordState state) => command switch
    {
        RecordActivity record => [Record(record, state)],
        CorrectRecord correct => [Correct(correct, state)],
        RetractRecord retract => [Retract(retract, state)],
        ReviewRecord review => [Review(review, state)],
        _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown command."),
    };

    private static IActivityRecorded Record(RecordActivity command, RecordState state)
    {
        if (state.Exists)
            throw new DomainException(DomainErrors.RecordAlreadyExists,
                $"Record '{command.RecordId}' is already recorded; correct it instead.", "recordId");
        RecordRules.CheckFacts(command.Activity.Facts);
        return command.Activity;
    }

    private static RecordCorrected Correct(CorrectRecord command, RecordState state)
    {
        EnsureLive(command.RecordId, state, "corrected");
        var reason = RecordRules.CheckReason(command.Reason);
        if (command.Changes.IsEmpty)
            throw new DomainException(DomainErrors.NothingToCorrect, "A correction must change at least one fact.", "changes");
        RecordRules.CheckFacts(command.Changes.ApplyTo(state.Facts!));
        return new RecordCorrected(command.RecordId, command.Changes, reason);
    }

    private static RecordRetracted Retract(RetractRecord command, RecordState state)
    {
        EnsureLive(command.RecordId, state, "retracted");
        return new RecordRetracted(command.RecordId, RecordRules.CheckReason(command.Reason));
    }

    private static RecordReviewed Review(ReviewRecord command, RecordState state)
    {
        EnsureLive(command.RecordId, state, "reviewed");
        return new RecordReviewed(command.RecordId, command.Verdict, RecordRules.CheckNote(command.Note));
    }

    private static void EnsureLive(string recordId, RecordState state, string verb)
    {
        if (!state.Exists)
            throw new DomainException(DomainErrors.RecordNotFound, $"Record '{recordId}' does not exist.", "recordId");
        if (state.Retracted)
            throw new DomainException(DomainErrors.RecordRetracted,
                $"Record '{recordId}' was retracted ({state.RetractionReason}) and cannot be {verb}.", "recordId");
    }
}
