using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Timeline.Projections.Timelines;

namespace Timeline.Api.Exports;

/// <summary>
/// RFC 4180 CSV for spreadsheets: UTF-8 with a byte order mark, CRLF line ends, a header row, and cells quoted
/// when they hold a comma, a quote or a line break. Cells are written as UTF-8 straight into a pooled buffer, which
/// goes to the stream once it holds <see cref="SendAt"/> bytes: no string is made for a cell or a row. A text cell is
/// encoded on its own, which gives the bytes encoding its whole row gave: cells are parted by commas and list items by
/// "; ", so a surrogate pair never straddles two of them, and a lone surrogate becomes U+FFFD either way.
/// </summary>
public sealed class Csv : IAsyncDisposable
{
    private const int SendAt = 64 * 1024;
    private static readonly SearchValues<byte> Quotable = SearchValues.Create(",\"\r\n"u8);
    private readonly Stream _stream;
    private bool _rowHasCell;
    private byte[] _scratch = ArrayPool<byte>.Shared.Rent(1024);
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
    public void Value(string? cell) => Append(Encoded(cell), guard: false);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Value(ReadOnlySpan<byte> utf8) => Append(utf8, guard: false);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Value(long? number)
    {
        Span<byte> digits = stackalloc byte[20];
        Append(number is { } n && n.TryFormat(digits, out var length, default, CultureInfo.InvariantCulture) ? digits[..length] : [], guard: false);
    }

    /// <summary>
    /// Text from a source, guarded against formula injection: a spreadsheet runs a cell that starts with = + - @
    /// (or a tab or carriage return), so such a cell starts with an apostrophe instead.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Text(ReadOnlySpan<byte> utf8) => Append(utf8, guard: true);

    /// <summary>Several values in one cell, joined by "; ", guarded as one text when <paramref name="guard"/> says so.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Joined(List<Utf8Text> items, bool guard)
    {
        var length = 0;
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
                Copy(ref _scratch, ref length, "; "u8);
            Copy(ref _scratch, ref length, items[i].Span);
        }
        Append(_scratch.AsSpan(0, length), guard);
    }

    /// <summary>Ends the row; sends what is buffered once it is enough to be worth a write.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ValueTask EndRowAsync(CancellationToken cancellationToken)
    {
        Copy(ref _bytes, ref _byteLength, "\r\n"u8);
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
            ArrayPool<byte>.Shared.Return(_scratch);
            ArrayPool<byte>.Shared.Return(_bytes);
            (_scratch, _bytes) = ([], []);
        }
    }

    private ReadOnlySpan<byte> Encoded(string? text)
    {
        if (text is null)
            return [];
        var most = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (_scratch.Length < most)
            Grow(ref _scratch, 0, most);
        return _scratch.AsSpan(0, Encoding.UTF8.GetBytes(text, _scratch));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Append(ReadOnlySpan<byte> cell, bool guard)
    {
        // At most: a comma, two quotes, an apostrophe, and each of the cell's quotes doubled.
        if (_bytes.Length - _byteLength < 2 * cell.Length + 4)
            Grow(ref _bytes, _byteLength, _byteLength + 2 * cell.Length + 4);
        if (_rowHasCell)
            _bytes[_byteLength++] = (byte)',';
        _rowHasCell = true;
        var guarded = guard && cell.Length > 0 && cell[0] is (byte)'=' or (byte)'+' or (byte)'-' or (byte)'@' or (byte)'\t' or (byte)'\r';
        var quoted = cell.ContainsAny(Quotable);
        if (quoted)
            _bytes[_byteLength++] = (byte)'"';
        if (guarded)
            _bytes[_byteLength++] = (byte)'\'';
        if (quoted)
        {
            for (var quote = cell.IndexOf((byte)'"'); quote >= 0; quote = cell.IndexOf((byte)'"'))
            {
                Copy(ref _bytes, ref _byteLength, cell[..(quote + 1)]);
                _bytes[_byteLength++] = (byte)'"';
                cell = cell[(quote + 1)..];
            }
        }
        Copy(ref _bytes, ref _byteLength, cell);
        if (quoted)
            _bytes[_byteLength++] = (byte)'"';
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Copy(ref byte[] buffer, ref int length, ReadOnlySpan<byte> bytes)
    {
        if (buffer.Length - length < bytes.Length)
            Grow(ref buffer, length, length + bytes.Length);
        bytes.CopyTo(buffer.AsSpan(length));
        length += bytes.Length;
    }

    private static void Grow(ref byte[] buffer, int used, int needed)
    {
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, buffer.Length * 2));
        buffer.AsSpan(0, used).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
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
