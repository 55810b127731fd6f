using Timeline.Api.Activity;
using Timeline.Api.Audit;
using Timeline.Api.Catalogue;
using Timeline.Api.Exports;
using Timeline.Api.Http;
using Timeline.Api.Imports;
using Timeline.Api.Institutions;
using Timeline.Api.Live;
using Timeline.Api.Messaging;
using Timeline.Api.OpenApi;
using Timeline.Api.Operations;
using Timeline.Api.People;
using Timeline.Api.Records;
using Timeline.Api.SampleData;
using Timeline.Api.Security;
using Timeline.Api.Telemetry;
using Timeline.Api.Timelines;
using Timeline.Api.Validation;
using Timeline.Api.Web;
using Timeline.Auditing;
using Timeline.EventStore;
using Timeline.EventStore.Serialization;
using Timeline.Projections;

namespace Timeline.Api;

public static class TimelineApi
{
    /// <summary>Everything the service needs: stores, read models, the mediator and its handlers, HTTP plumbing.</summary>
    public static WebApplicationBuilder AddTimeline(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var dataDirectory = DataDirectory(configuration, builder.Environment);

        services.AddSingleton(TimeProvider.System);
        services.AddTimelineEventStore(configuration, dataDirectory);
        services.AddTimelineProjections(Path.Combine(dataDirectory, "readmodel.db"));
        services.AddTimelineAuditing(configuration, dataDirectory);

        services.Configure<ApiOptions>(configuration.GetSection(ApiOptions.Section));
        services.Configure<ApiKeyOptions>(configuration.GetSection(ApiKeyOptions.Section));
        services.Configure<SampleDataOptions>(configuration.GetSection(SampleDataOptions.Section));
        services.AddSingleton<JsonBody>();
        services.AddSingleton<RecordWriter>();
        services.AddSingleton<InstitutionRegistry>();
        services.AddSingleton(new ReviewList(Path.Combine(dataDirectory, "imports.db")));
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        services.AddSingleton<WriteLimits>();
        services.AddSingleton<ApiKeys>();
        services.AddSingleton<ApiKeyFilter>();
        services.AddScoped<ReadMoment>();
        services.AddHostedService<ApiKeyStartupCheck>();
        services.AddMediatorWithValidation(typeof(TimelineApi).Assembly);
        services.AddHostedService<SampleDataLoader>();
        if (configuration.GetValue<bool>($"{ApiOptions.Section}:{nameof(ApiOptions.WarmImporterAtStart)}"))
            services.AddHostedService<ImporterWarmup>();
        services.AddTimelineBus(configuration, dataDirectory);

        services.ConfigureHttpJsonOptions(json =>
        {
            foreach (var converter in EventJson.Options.Converters)
                json.SerializerOptions.Converters.Add(converter);
            json.SerializerOptions.DefaultIgnoreCondition = EventJson.Options.DefaultIgnoreCondition;
        });
        services.AddTimelineProblems();
        services.AddTimelineOpenApi();
        services.AddCrossOrigin(configuration);
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(HttpHygiene.ConfigureKestrel);
        services.AddWebPages();
        services.AddReadModelCache(configuration.GetValue($"{ApiOptions.Section}:{nameof(ApiOptions.CacheReads)}", true));
        builder.AddTimelineTelemetry();
        return builder;
    }

    public static string DataDirectory(IConfiguration configuration, IHostEnvironment environment) =>
        Path.GetFullPath(configuration["Storage:DataDirectory"] ?? "data", environment.ContentRootPath);

    public static WebApplication MapTimeline(this WebApplication app)
    {
        app.UseHttpHygiene();
        app.UseAnswerCompression();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRouting();
        app.UseCrossOrigin();
        app.UseStrictQuery();
        app.UseOutputCache();
        app.MapWebPages();
        app.MapOpenApi();
        app.MapApiReference();
        app.MapRecordsEndpoints();
        app.MapTimelinesEndpoints();
        app.MapActivityEndpoints();
        app.MapExportsEndpoints();
        app.MapCatalogueEndpoints();
        app.MapInstitutionsEndpoints();
        app.MapPeopleEndpoints();
        app.MapImportsEndpoints();
        app.MapOperationsEndpoints();
        app.MapAuditEndpoints();
        app.MapLiveEndpoints();
        app.MapTimelineTelemetry();
        return app;
    }
}
