using System.Globalization;

namespace Timeline.Auditing.Proofs.Canonical;

/// <summary>The leaf's own scalars (its revision, ids and time), written straight as UTF-8 without strings.</summary>
public sealed partial class CanonicalWriter
{
    /// <summary>An integer as the document writes it: its digits while a double holds it exactly, which covers any revision.</summary>
    public void Number(long value)
    {
        const long exact = 1L << 53;
        if (value is > -exact and < exact)
        {
            value.TryFormat(Reserve(20), out var written, default, CultureInfo.InvariantCulture);
            Length += written;
        }
        else
            Number((double)value);
    }

    /// <summary>A GUID as a string in its "D" form, which needs no escape: formatted straight into the buffer.</summary>
    public void Guid(Guid value)
    {
        var target = Reserve(38);
        target[0] = (byte)'"';
        value.TryFormat(target[1..], out _, "D");
        target[37] = (byte)'"';
        Length += 38;
    }

    /// <summary>A UTC time as a string in the form yyyy-MM-ddTHH:mm:ss.fffZ, its digits written into the pattern.</summary>
    public void Time(DateTime utc)
    {
        var target = Reserve(26);
        "\"0000-00-00T00:00:00.000Z\""u8.CopyTo(target);
        Digits(target.Slice(1, 4), utc.Year);
        Digits(target.Slice(6, 2), utc.Month);
        Digits(target.Slice(9, 2), utc.Day);
        Digits(target.Slice(12, 2), utc.Hour);
        Digits(target.Slice(15, 2), utc.Minute);
        Digits(target.Slice(18, 2), utc.Second);
        Digits(target.Slice(21, 3), utc.Millisecond);
        Length += 26;
    }

    private static void Digits(Span<byte> target, int value)
    {
        for (var i = target.Length - 1; i >= 0; i--, value /= 10)
            target[i] = (byte)('0' + value % 10);
    }
}
