using Timeline.Api.Validation;
using Timeline.Domain;
using Timeline.Domain.Dates;
using Timeline.Domain.Records;
using Timeline.Projections.Timelines;

namespace Timeline.Api.Timelines;

/// <summary>The query string of a timeline, as given: <c>from</c>, <c>to</c>, <c>kinds</c>, <c>page</c>, <c>pageSize</c>.</summary>
public sealed record TimelineParameters(string? From, string? To, string? Kinds, string? Page, string? PageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    public static readonly string[] Names = ["from", "to", "kinds", "page", "pageSize"];

    public static TimelineParameters FromQuery(IQueryCollection query) =>
        new(query["from"], query["to"], string.Join(',', query["kinds"].ToArray()), query["page"], query["pageSize"]);

    public TimelineFilter? ToFilter(ValidationErrors errors)
    {
        var from = Point(From, "from", errors);
        var to = Point(To, "to", errors);
        if (from is { } f && to is { } t && t.Latest < f.Earliest)
            errors.Add("to", "is before from");
        var kinds = new List<string>();
        foreach (var kind in (Kinds ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (ActivityKinds.TryParse(kind, out var parsed))
                kinds.Add(parsed.ToString());
            else
                errors.Add("kinds", $"'{kind}' is not a kind of activity: use one of {string.Join(", ", Enum.GetNames<ActivityKind>())}");
        }
        var page = Number(Page, "page", 1, int.MaxValue, 1, errors);
        var pageSize = Number(PageSize, "pageSize", 1, MaxPageSize, DefaultPageSize, errors);
        return errors.IsEmpty ? new TimelineFilter(from, to, kinds, page, pageSize) : null;
    }

    private static DatePoint? Point(string? text, string field, ValidationErrors errors)
    {
        if (string.IsNullOrEmpty(text))
            return null;
        try
        {
            return DatePoint.Parse(text);
        }
        catch (DomainException e)
        {
            errors.Add(field, e.Message);
            return null;
        }
    }

    private static int Number(string? text, string field, int min, int max, int fallback, ValidationErrors errors)
    {
        if (string.IsNullOrEmpty(text))
            return fallback;
        if (int.TryParse(text, out var value) && value >= min && value <= max)
            return value;
        errors.Add(field, $"must be a whole number from {min} to {max}");
        return fallback;
    }
}
