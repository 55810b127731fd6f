using System.Globalization;
using Timeline.Projections.AsOf;

namespace Timeline.Api.Http;

/// <summary>
/// The moment one request (or one command of the command line) reads the read models as of: resolved to a log
/// position once, so the ETag, the headers and the answer all speak of the same position.
/// </summary>
public sealed class ReadMoment(TransactionTime time)
{
    /// <summary>The log position an answer as of a moment was read at.</summary>
    public const string PositionHeader = "X-As-Of-Position";

    /// <summary>The moment asked for, as the service read it (UTC, ISO 8601).</summary>
    public const string MomentHeader = "X-As-Of";

    /// <summary>The resolved moment; null until one is asked for, and for answers read now.</summary>
    public KnownAt? KnownAt { get; private set; }

    /// <summary>The tables to read for <paramref name="asOf"/> (the query parameter as given): the current ones when it is absent.</summary>
    public async Task<ReadModelTables> TablesAsync(string? asOf, CancellationToken cancellationToken)
    {
        if (AsOf.Parse(asOf) is not { } moment)
            return ReadModelTables.Current;
        if (KnownAt is null || KnownAt.Moment != moment)
            KnownAt = await time.ResolveAsync(moment, cancellationToken);
        return KnownAt.Tables;
    }

    /// <summary>Says in the response which position and moment it answers as of; nothing for an answer read now.</summary>
    public void Describe(HttpResponse response)
    {
        if (KnownAt is not { } knownAt)
            return;
        response.Headers[PositionHeader] = knownAt.Position.ToString(CultureInfo.InvariantCulture);
        response.Headers[MomentHeader] = knownAt.Moment.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
    }
}
