using Timeline.Api.CommandLine;

return await TimelineCommandLine.InvokeAsync(args);

public partial class Program;
