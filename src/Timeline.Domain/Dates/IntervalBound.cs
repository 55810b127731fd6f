namespace Timeline.Domain.Dates;

/// <summary>
/// One end of a date. EDTF tells an open end (<c>..</c>: the activity had not ended, or started before any record)
/// from an unknown one (empty: it ended, but when is not known).
/// </summary>
public enum IntervalBound
{
    Known,
    Open,
    Unknown,
}
