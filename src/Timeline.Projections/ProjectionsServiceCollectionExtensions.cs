using Microsoft.Extensions.DependencyInjection;
using Timeline.Projections.ActivityByYear;
using Timeline.Projections.Catalogue;
using Timeline.Projections.Records;
using Timeline.Projections.Runner;
using Timeline.Projections.Search;
using Timeline.Projections.Storage;
using Timeline.Projections.Timelines;

namespace Timeline.Projections;

public static class ProjectionsServiceCollectionExtensions
{
    /// <summary>The read models in the SQLite file at <paramref name="path"/>, their runner and their queries.</summary>
    public static IServiceCollection AddTimelineProjections(this IServiceCollection services, string path)
    {
        services.AddSingleton(_ => new SqliteReadModel(path));
        services.AddSingleton<ProjectionStatus>();
        services.AddHostedService<ProjectionRunner>();
        services.AddSingleton<TimelineQueries>();
        services.AddSingleton<ActivityByYearQuery>();
        services.AddSingleton<ActivityByMonthQuery>();
        services.AddSingleton<RecordListQuery>();
        services.AddSingleton<ReviewedRecords>();
        services.AddSingleton<CatalogueQueries>();
        return services;
    }
}
