namespace Timeline.Domain.Records;

/// <summary>The kinds of activity, named as their events are.</summary>
public enum ActivityKind
{
    AgreementSigned,
    DelegationVisited,
    TrainingHeld,
    ConferenceHeld,
    MeetingHeld,
    DonationMade,
    CompetitionHeld,
    ProgrammeLaunched,
    ActivityReported,
}

public static class ActivityKinds
{
    public static ActivityKind Of(IActivityRecorded recorded) => recorded switch
    {
        AgreementSigned => ActivityKind.AgreementSigned,
        DelegationVisited => ActivityKind.DelegationVisited,
        TrainingHeld => ActivityKind.TrainingHeld,
        ConferenceHeld => ActivityKind.ConferenceHeld,
        MeetingHeld => ActivityKind.MeetingHeld,
        DonationMade => ActivityKind.DonationMade,
        CompetitionHeld => ActivityKind.CompetitionHeld,
        ProgrammeLaunched => ActivityKind.ProgrammeLaunched,
        ActivityReported => ActivityKind.ActivityReported,
        _ => throw new ArgumentOutOfRangeException(nameof(recorded), recorded.GetType().Name, "Not an activity event."),
    };

    /// <summary>Reads a kind by its name, in any letter case; numbers are not names.</summary>
    public static bool TryParse(string? text, out ActivityKind kind) =>
        Enum.TryParse(text, ignoreCase: true, out kind) && Enum.IsDefined(kind) && !int.TryParse(text, out _);
}
