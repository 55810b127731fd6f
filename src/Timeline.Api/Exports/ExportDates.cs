using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Timeline.Domain.Dates;

namespace Timeline.Api.Exports;

/// <summary>
/// The dates of one export, each parsed once: a timeline holds many entries of the same date, and an entry's stored
/// date is the EDTF text its deserialiser would have parsed, so the parse and every form made of it are kept by that
/// text. At most <see cref="Held"/> dates are kept; past that all are let go.
/// </summary>
public sealed class ExportDates
{
    private const int Held = 10_000;
    private readonly Dictionary<string, ExportDate> _dates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ExportDate>.AlternateLookup<ReadOnlySpan<char>> _byText;

    public ExportDates() => _byText = _dates.GetAlternateLookup<ReadOnlySpan<char>>();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ExportDate Of(ReadOnlySpan<byte> edtf)
    {
        Span<char> buffer = stackalloc char[64];
        ReadOnlySpan<char> text = edtf.Length <= buffer.Length ? buffer[..Encoding.UTF8.GetChars(edtf, buffer)] : Encoding.UTF8.GetString(edtf);
        if (_byText.TryGetValue(text, out var known))
            return known;
        if (_dates.Count >= Held)
            _dates.Clear();
        var date = new ExportDate(HistoricalDate.Parse(text.ToString()));
        _byText[text] = date;
        return date;
    }
}

/// <summary>One date and the forms the exports write of it, made on first use.</summary>
public sealed class ExportDate(HistoricalDate date)
{
    private byte[]? _edtf, _earliest, _latest, _startDisplay, _endDisplay;
    private string? _edtfText, _isoStart, _isoEnd;
    private bool _isoMade;

    public HistoricalDate Date => date;

    public string EdtfText => _edtfText ??= date.ToString();

    public ReadOnlySpan<byte> Edtf => _edtf ??= Encoding.UTF8.GetBytes(EdtfText);

    /// <summary>The earliest and latest day as yyyy-MM-dd; empty when the date has none.</summary>
    public ReadOnlySpan<byte> Earliest => _earliest ??= Day(date.Earliest);

    public ReadOnlySpan<byte> Latest => _latest ??= Day(date.Latest);

    /// <summary>The display form of the start and of the end, as UTF-8; empty for a start or end not known.</summary>
    public ReadOnlySpan<byte> StartDisplay => _startDisplay ??= Encoding.UTF8.GetBytes(date.Start?.Display ?? "");

    public ReadOnlySpan<byte> EndDisplay => _endDisplay ??= Encoding.UTF8.GetBytes(date.End?.Display ?? "");

    /// <summary>The ISO 8601 form of a plain day (with its time, if any), month or year of 0001-9999; null where EDTF says more.</summary>
    public string? IsoStart => MakeIso()._isoStart;

    public string? IsoEnd => MakeIso()._isoEnd;

    private ExportDate MakeIso()
    {
        if (!_isoMade)
            (_isoStart, _isoEnd, _isoMade) = (Iso(date.Start), Iso(date.End), true);
        return this;
    }

    private static string? Iso(DatePoint? point) =>
        point is { Qualifier: DateQualifier.None, Season: null, UnspecifiedYearDigits: 0, Year: >= 1 and <= 9999 } plain
        && !plain.ToString().Contains('X')
            ? plain.ToString()
            : null;

    private static byte[] Day(DateOnly? day) =>
        day is { } d ? Encoding.UTF8.GetBytes(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : [];
}
