using Timeline.Api;
using Timeline.Api.Exports;
using Timeline.Api.Imports;

if (args is [ImportCommandLine.Verb, .. var importArgs])
    return await ImportCommandLine.RunAsync(importArgs);
if (args is [ExportCommandLine.Verb, .. var exportArgs])
    return await ExportCommandLine.RunAsync(exportArgs);

var builder = WebApplication.CreateBuilder(args);
builder.AddTimeline();

var app = builder.Build();
app.MapTimeline();
app.Run();
return 0;

public partial class Program;
