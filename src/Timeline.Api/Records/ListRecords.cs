using System.Text.Json.Serialization;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Timeline.Api.Http;
using Timeline.Api.Timelines;
using Timeline.Api.Validation;
using Timeline.Domain.Countries;
using Timeline.Projections.Search;

namespace Timeline.Api.Records;

/// <summary>The query string of <c>GET /api/records</c>, as given, with the moment to answer as of.</summary>
public sealed record RecordListParameters(
    [FromQuery(Name = "q")] string? Q,
    [FromQuery(Name = "institution")] string? Institution,
    [FromQuery(Name = "country")] string? Country,
    [FromQuery(Name = "kinds")] string? Kinds,
    [FromQuery(Name = "from")] string? From,
    [FromQuery(Name = "to")] string? To,
    [FromQuery(Name = "pageSize")] string? PageSize,
    [FromQuery(Name = "after")] string? After,
    [FromQuery(Name = "asOf")] string? AsOf = null)
{
    public const int MaxQueryLength = 200;

    public RecordListFilter? ToFilter(ValidationErrors errors)
    {
        // The timeline's own rules for from, to, kinds and pageSize; its page number has no meaning here.
        var common = new TimelineParameters(From, To, Kinds, null, PageSize, null).ToFilter("records", errors);
        string? search = null;
        var searching = !string.IsNullOrWhiteSpace(Q);
        if (searching)
        {
            var words = SearchExpression.WordsOf(Q);
            if (Q!.Length > MaxQueryLength)
                errors.Add("q", $"is longer than {MaxQueryLength} characters");
            else if (words.Count == 0)
                errors.Add("q", "has no words to search for: type letters or digits");
            else if (words.Count > SearchExpression.MaxWords)
                errors.Add("q", $"has more than {SearchExpression.MaxWords} words");
            else
                search = SearchExpression.Of(words);
        }
        if (Country is not null && !CountryCode.IsKnown(Country))
            errors.Add("country", $"'{Country}' is not an ISO 3166-1 alpha-2 country code");
        var after = RecordCursors.Decode(After, searching, errors);
        return errors.IsEmpty && common is not null
            ? new RecordListFilter(search, string.IsNullOrEmpty(Institution) ? null : Institution,
                Country is null ? null : CountryCode.Parse(Country).Value, common.Kinds, common.From, common.To, common.PageSize, after)
            : null;
    }
}

/// <summary>One page of records: how many match in all, this page's entries, and the cursor of the next page (null at the end).</summary>
public sealed record RecordList(
    long Total,
    IReadOnlyList<RecordListItem> Entries,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Next);

/// <summary>Lists or searches the records on the timelines.</summary>
public sealed record ListRecordsQuery(RecordListParameters Parameters) : IRequest<RecordList>;

public sealed class ListRecordsValidator : IValidator<ListRecordsQuery>
{
    public void Validate(ListRecordsQuery request, ValidationErrors errors) => request.Parameters.ToFilter(errors);
}

public sealed class ListRecordsHandler(RecordListQuery records, ReadMoment moment) : IRequestHandler<ListRecordsQuery, RecordList>
{
    public async Task<RecordList> Handle(ListRecordsQuery request, CancellationToken cancellationToken)
    {
        var page = await records.RunAsync(request.Parameters.ToFilter(new ValidationErrors())!,
            await moment.TablesAsync(request.Parameters.AsOf, cancellationToken), cancellationToken);
        return new RecordList(page.Total, page.Entries, page.Next is { } next ? RecordCursors.Encode(next) : null);
    }
}
