using System.Globalization;
using System.Text.Json;
using MediatR;
using Timeline.Api.Activity;
using Timeline.Api.Validation;
using Timeline.Projections.ActivityByYear;

namespace Timeline.Api.Exports;

/// <summary>Activity by year as rows of year, kind and records (undated records with no year): CSV or JSON Lines.</summary>
public sealed record ExportActivityQuery(GetActivityByYearQuery Filter, string? Format, string? Accept) : IRequest<ActivityExport>;

public sealed record ActivityExport(ExportFormat Format, ActivityByYearReport Report)
{
    public async Task WriteAsync(Stream stream, CancellationToken cancellationToken)
    {
        var rows = Report.Years.SelectMany(y => y.ByKind.Select(k => ((int?)y.Year, k.Key, k.Value)))
            .Concat(Report.Undated.ByKind.Select(k => ((int?)null, k.Key, k.Value)));
        if (Format == ExportFormat.Csv)
        {
            await using var csv = new Csv(stream);
            await csv.WriteRowAsync("year", "kind", "records");
            foreach (var (year, kind, records) in rows)
                await csv.WriteRowAsync(year?.ToString(CultureInfo.InvariantCulture), kind, records.ToString(CultureInfo.InvariantCulture));
            return;
        }
        foreach (var (year, kind, records) in rows)
        {
            await JsonSerializer.SerializeAsync(stream, new { year, kind, records }, JsonSerializerOptions.Web, cancellationToken);
            await stream.WriteAsync("\n"u8.ToArray(), cancellationToken);
        }
    }
}

public sealed class ExportActivityValidator : IValidator<ExportActivityQuery>
{
    public void Validate(ExportActivityQuery request, ValidationErrors errors)
    {
        new GetActivityByYearValidator().Validate(request.Filter, errors);
        if (ExportFormats.Choose(request.Format, request.Accept, errors) is ExportFormat.TimelineJs or ExportFormat.JsonLd)
            errors.Add("format", "activity by year is counts, not events: export it as csv or jsonl");
    }
}

public sealed class ExportActivityHandler(IMediator mediator) : IRequestHandler<ExportActivityQuery, ActivityExport>
{
    public async Task<ActivityExport> Handle(ExportActivityQuery request, CancellationToken cancellationToken) =>
        new(ExportFormats.Choose(request.Format, request.Accept, new ValidationErrors()),
            await mediator.Send(request.Filter, cancellationToken));
}
