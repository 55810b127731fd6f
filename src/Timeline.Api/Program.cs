using Timeline.Api;
using Timeline.Api.Imports;

if (args is [ImportCommandLine.Verb, .. var importArgs])
    return await ImportCommandLine.RunAsync(importArgs);

var builder = WebApplication.CreateBuilder(args);
builder.AddTimeline();

var app = builder.Build();
app.MapTimeline();
app.Run();
return 0;

public partial class Program;
