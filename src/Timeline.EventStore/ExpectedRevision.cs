namespace Timeline.EventStore;

/// <summary>What an appender believes the stream's last revision is.</summary>
public readonly record struct ExpectedRevision
{
    private const long NoStreamValue = -1;
    private const long AnyValue = -2;
    private const long StreamExistsValue = -4;

    private ExpectedRevision(long value) => Value = value;

    /// <summary>The exact revision, or a negative marker for the special cases.</summary>
    public long Value { get; }

    /// <summary>The stream must not exist yet.</summary>
    public static ExpectedRevision NoStream { get; } = new(NoStreamValue);

    /// <summary>No check.</summary>
    public static ExpectedRevision Any { get; } = new(AnyValue);

    /// <summary>The stream must exist, at any revision.</summary>
    public static ExpectedRevision StreamExists { get; } = new(StreamExistsValue);

    public static ExpectedRevision Exact(long revision) =>
        revision >= 0 ? new(revision) : throw new ArgumentOutOfRangeException(nameof(revision), "A revision is zero or more.");

    public bool IsExact => Value >= 0;

    /// <summary>Whether a stream whose last revision is <paramref name="current"/> (-1: none) satisfies this.</summary>
    public bool IsSatisfiedBy(long current) => Value switch
    {
        AnyValue => true,
        NoStreamValue => current < 0,
        StreamExistsValue => current >= 0,
        _ => current == Value,
    };

    public override string ToString() => Value switch
    {
        AnyValue => "any",
        NoStreamValue => "no stream",
        StreamExistsValue => "stream exists",
        _ => Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
