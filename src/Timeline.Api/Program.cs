using Timeline.Api;

var builder = WebApplication.CreateBuilder(args);
builder.AddTimeline();

var app = builder.Build();
app.MapTimeline();
app.Run();

public partial class Program;
