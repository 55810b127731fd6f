using Timeline.Api;
using Timeline.Api.Audit;
using Timeline.Api.Imports;

if (args is [ImportCommandLine.Verb, .. var importArgs])
    return await ImportCommandLine.RunAsync(importArgs);
if (args is [VerifyCommandLine.Verb, .. var verifyArgs])
    return await VerifyCommandLine.RunAsync(verifyArgs);

var builder = WebApplication.CreateBuilder(args);
builder.AddTimeline();

var app = builder.Build();
app.MapTimeline();
app.Run();
return 0;

public partial class Program;
