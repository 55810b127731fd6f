using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Projections.ActivityByYear;
using Timeline.Projections.AsOf;
using Timeline.Projections.Catalogue;
using Timeline.Projections.Records;
using Timeline.Projections.Runner;
using Timeline.Projections.Search;
using Timeline.Projections.Storage;
using Timeline.Projections.Telemetry;
using Timeline.Projections.Timelines;

namespace Timeline.Projections;

public static class ProjectionsServiceCollectionExtensions
{
    /// <summary>The read models in the SQLite file at <paramref name="path"/>, their runner, its metrics and their queries.</summary>
    public static IServiceCollection AddTimelineProjections(this IServiceCollection services, string path)
    {
        services.AddSingleton(_ => new SqliteReadModel(path));
        services.AddSingleton<ProjectionStatus>();
        services.AddSingleton(container => new ProjectionMetrics(container.GetRequiredService<ProjectionStatus>(), container.GetService<IMeterFactory>()));
        services.AddHostedService<ProjectionRunner>();
        services.AddSingleton<TimelineQueries>();
        services.AddSingleton<TimelineExport>();
        services.AddSingleton<ActivityByYearQuery>();
        services.AddSingleton<ActivityByMonthQuery>();
        services.AddSingleton<RecordListQuery>();
        services.AddSingleton<ReviewedRecords>();
        services.AddSingleton<CatalogueQueries>();
        services.AddSingleton<TransactionTime>();
        services.AddSingleton<Registry.RegistryQueries>();
        services.AddSingleton<People.PeopleQueries>();
        return services;
    }
}
