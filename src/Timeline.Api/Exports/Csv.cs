using System.Buffers;
using System.Globalization;
using System.Text;

namespace Timeline.Api.Exports;

/// <summary>
/// RFC 4180 CSV for spreadsheets: UTF-8 with a byte order mark, CRLF line ends, a header row, and cells quoted
/// when they hold a comma, a quote or a line break. A row is built as text in a buffer kept from row to row and
/// encoded into a pooled byte buffer, which goes to the stream once it holds <see cref="SendAt"/> bytes: no string
/// is made for a cell or a row. Every row ends in CRLF, so encoding row by row gives the bytes encoding the whole
/// text at once gives (a surrogate pair never straddles two rows; a lone surrogate becomes U+FFFD either way).
/// </summary>
public sealed class Csv : IAsyncDisposable
{
    private const int SendAt = 64 * 1024;
    private const string Separator = "; ";
    private static readonly SearchValues<char> Quotable = SearchValues.Create(",\"\r\n");
    private readonly Stream _stream;
    private char[] _row = ArrayPool<char>.Shared.Rent(1024);
    private int _rowLength;
    private bool _rowHasCell;
    private char[] _joined = ArrayPool<char>.Shared.Rent(256);
    private byte[] _bytes = ArrayPool<byte>.Shared.Rent(SendAt + 16 * 1024);
    private int _byteLength;

    public Csv(Stream stream)
    {
        _stream = stream;
        // As StreamWriter did: the byte order mark, unless the stream is one that already holds something.
        if (!(stream.CanSeek && stream.Position > 0))
        {
            Encoding.UTF8.Preamble.CopyTo(_bytes);
            _byteLength = Encoding.UTF8.Preamble.Length;
        }
    }

    /// <summary>One row of values the service makes itself (a header, ids, numbers).</summary>
    public ValueTask WriteRowAsync(params string?[] cells)
    {
        foreach (var cell in cells)
            Value(cell);
        return EndRowAsync(CancellationToken.None);
    }

    /// <summary>A value the service makes itself (an id, a date, a number): quoted when it must be, never guarded.</summary>
    public void Value(string? cell) => Append(cell, guard: false);

    public void Value(long? number)
    {
        Span<char> digits = stackalloc char[20];
        Append(number is { } n && n.TryFormat(digits, out var length, default, CultureInfo.InvariantCulture) ? digits[..length] : [], guard: false);
    }

    public void Value(DateOnly? day)
    {
        Span<char> text = stackalloc char[16];
        Append(day is { } d && d.TryFormat(text, out var length, "yyyy-MM-dd", CultureInfo.InvariantCulture) ? text[..length] : [], guard: false);
    }

    /// <summary>
    /// Text from a source, guarded against formula injection: a spreadsheet runs a cell that starts with = + - @
    /// (or a tab or carriage return), so such a cell starts with an apostrophe instead.
    /// </summary>
    public void Text(string? cell) => Append(cell, guard: true);

    /// <summary>Several values in one cell, joined by "; ", guarded as one text when <paramref name="guard"/> says so.</summary>
    public void Joined<T>(IReadOnlyList<T> items, Func<T, string?> text, bool guard)
    {
        var length = 0;
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
                Copy(ref _joined, ref length, Separator);
            Copy(ref _joined, ref length, text(items[i]));
        }
        Append(_joined.AsSpan(0, length), guard);
    }

    /// <summary>Ends the row; sends what is buffered once it is enough to be worth a write.</summary>
    public ValueTask EndRowAsync(CancellationToken cancellationToken)
    {
        Put("\r\n");
        var most = Encoding.UTF8.GetMaxByteCount(_rowLength);
        if (_bytes.Length - _byteLength < most)
            Grow(ref _bytes, _byteLength, _byteLength + most);
        _byteLength += Encoding.UTF8.GetBytes(_row.AsSpan(0, _rowLength), _bytes.AsSpan(_byteLength));
        _rowLength = 0;
        _rowHasCell = false;
        return _byteLength >= SendAt ? SendAsync(cancellationToken) : ValueTask.CompletedTask;
    }

    /// <summary>Sends what is buffered and flushes the stream, so the caller receives the rows so far.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await SendAsync(cancellationToken);
        await _stream.FlushAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await FlushAsync(CancellationToken.None);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(_row);
            ArrayPool<char>.Shared.Return(_joined);
            ArrayPool<byte>.Shared.Return(_bytes);
            (_row, _joined, _bytes) = ([], [], []);
        }
    }

    private void Append(ReadOnlySpan<char> cell, bool guard)
    {
        if (_rowHasCell)
            Put(",");
        _rowHasCell = true;
        var apostrophe = guard && cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" : "";
        if (!cell.ContainsAny(Quotable))
        {
            Put(apostrophe);
            Put(cell);
            return;
        }
        Put("\"");
        Put(apostrophe);
        for (var quote = cell.IndexOf('"'); quote >= 0; quote = cell.IndexOf('"'))
        {
            Put(cell[..(quote + 1)]);
            Put("\"");
            cell = cell[(quote + 1)..];
        }
        Put(cell);
        Put("\"");
    }

    private void Put(ReadOnlySpan<char> text) => Copy(ref _row, ref _rowLength, text);

    private static void Copy(ref char[] buffer, ref int length, ReadOnlySpan<char> text)
    {
        if (buffer.Length - length < text.Length)
            Grow(ref buffer, length, length + text.Length);
        text.CopyTo(buffer.AsSpan(length));
        length += text.Length;
    }

    private static void Grow<T>(ref T[] buffer, int used, int needed)
    {
        var larger = ArrayPool<T>.Shared.Rent(Math.Max(needed, buffer.Length * 2));
        buffer.AsSpan(0, used).CopyTo(larger);
        ArrayPool<T>.Shared.Return(buffer);
        buffer = larger;
    }

    private async ValueTask SendAsync(CancellationToken cancellationToken)
    {
        if (_byteLength == 0)
            return;
        await _stream.WriteAsync(_bytes.AsMemory(0, _byteLength), cancellationToken);
        _byteLength = 0;
    }
}
