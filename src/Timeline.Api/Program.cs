using Timeline.Api;
using Timeline.Api.Imports;
using Timeline.Api.Operations;

if (args is [ImportCommandLine.Verb, .. var importArgs])
    return await ImportCommandLine.RunAsync(importArgs);
if (args is [HealthCheckCommandLine.Verb, .. var healthCheckArgs])
    return await HealthCheckCommandLine.RunAsync(healthCheckArgs);

var builder = WebApplication.CreateBuilder(args);
builder.AddTimeline();

var app = builder.Build();
app.MapTimeline();
app.Run();
return 0;

public partial class Program;
