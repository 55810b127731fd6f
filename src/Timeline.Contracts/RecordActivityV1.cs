namespace Timeline.Contracts;

/// <summary>
/// A command to record one activity. <see cref="Activity"/> is the JSON body <c>POST /api/records</c> takes, so a
/// message is checked exactly as a request is; <see cref="Sender"/> becomes the events' recorded-by.
/// </summary>
public sealed record RecordActivityV1(string Sender, string Activity);
