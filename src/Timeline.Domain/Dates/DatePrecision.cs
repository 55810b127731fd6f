namespace Timeline.Domain.Dates;

/// <summary>The finest unit a source actually states. Ordered from finest to coarsest.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Season,
    Year,
    Decade,
    Century,
    Unknown,
}
