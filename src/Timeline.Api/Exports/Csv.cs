using System.Text;

namespace Timeline.Api.Exports;

/// <summary>
/// RFC 4180 CSV for spreadsheets: UTF-8 with a byte order mark, CRLF line ends, a header row, and cells quoted
/// when they hold a comma, a quote or a line break.
/// </summary>
public sealed class Csv(Stream stream) : IAsyncDisposable
{
    private readonly StreamWriter _writer = new(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024, leaveOpen: true)
    {
        NewLine = "\r\n",
    };

    /// <summary>One row. Free text goes through <see cref="Text"/>; values the service makes itself (ids, dates, numbers) do not.</summary>
    public Task WriteRowAsync(params string?[] cells) =>
        _writer.WriteLineAsync(string.Join(',', cells.Select(Quoted)));

    /// <summary>
    /// Text from a source, guarded against formula injection: a spreadsheet runs a cell that starts with = + - @
    /// (or a tab or carriage return), so such a cell starts with an apostrophe instead.
    /// </summary>
    public static string? Text(string? cell) =>
        cell is { Length: > 0 } && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;

    private static string Quoted(string? cell) =>
        cell is null ? "" : cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{cell.Replace("\"", "\"\"")}\"" : cell;

    public Task FlushAsync() => _writer.FlushAsync();

    public async ValueTask DisposeAsync()
    {
        await _writer.FlushAsync();
        await _writer.DisposeAsync();
    }
}
