using Microsoft.AspNetCore.Mvc;
using Timeline.Api.Validation;
using Timeline.Domain;
using Timeline.Domain.Dates;
using Timeline.Projections.Timelines;

namespace Timeline.Api.Timelines;

/// <summary>
/// The query string of a timeline, as given: <c>from</c>, <c>to</c>, <c>kinds</c>, <c>page</c>, <c>pageSize</c>, and
/// <c>after</c>, the previous page's cursor, which replaces <c>page</c>, and <c>asOf</c>, the moment of transaction time
/// to answer as of (read by <see cref="Http.ReadMoment"/>).
/// </summary>
public sealed record TimelineParameters(
    [FromQuery(Name = "from")] string? From,
    [FromQuery(Name = "to")] string? To,
    [FromQuery(Name = "kinds")] string? Kinds,
    [FromQuery(Name = "page")] string? Page,
    [FromQuery(Name = "pageSize")] string? PageSize,
    [FromQuery(Name = "after")] string? After = null,
    [FromQuery(Name = "asOf")] string? AsOf = null)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    /// <param name="timeline">Which timeline is read, such as institutions/ouc: a cursor is only good for its own.</param>
    public TimelineFilter? ToFilter(string timeline, ValidationErrors errors)
    {
        var from = Point(From, "from", errors);
        var to = Point(To, "to", errors);
        if (from is { } f && to is { } t && t.Latest < f.Earliest)
            errors.Add("to", "is before from");
        var kinds = new List<string>();
        QueryValues.AddKinds(Kinds, "kinds", kinds, errors);
        var page = QueryValues.Number(Page, "page", 1, int.MaxValue, 1, errors);
        var pageSize = QueryValues.Number(PageSize, "pageSize", 1, MaxPageSize, DefaultPageSize, errors);
        var after = TimelineCursors.Decode(After, timeline, errors);
        if (after is not null && !string.IsNullOrEmpty(Page))
            errors.Add("page", "cannot be given with after: the cursor already says where the page starts");
        return errors.IsEmpty ? new TimelineFilter(from, to, kinds, page, pageSize, after) : null;
    }

    private static DatePoint? Point(string? text, string field, ValidationErrors errors)
    {
        if (string.IsNullOrEmpty(text))
            return null;
        try
        {
            return DatePoint.ParseCalendarDate(text);
        }
        catch (DomainException e)
        {
            errors.Add(field, e.Message);
            return null;
        }
    }
}
