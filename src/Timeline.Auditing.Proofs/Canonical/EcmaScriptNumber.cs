using System.Globalization;
using System.Text;

namespace Timeline.Auditing.Proofs.Canonical;

/// <summary>
/// Number.prototype.toString for doubles, as RFC 8785 requires: the shortest digits that read back as the same
/// double (.NET's round-trip format finds them), laid out by ECMAScript's rules for plain and exponent forms.
/// </summary>
public static class EcmaScriptNumber
{
    public static string Format(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
            throw new FormatException("NaN and infinities are not JSON numbers.");
        if (value == 0)
            return "0";
        var (digits, exponent) = Decompose(Math.Abs(value));
        var text = new StringBuilder(value < 0 ? "-" : "");
        // The value is 0.d1d2...dk x 10^exponent, with k digits.
        var k = digits.Length;
        if (k <= exponent && exponent <= 21)
            text.Append(digits).Append('0', exponent - k);
        else if (0 < exponent && exponent <= 21)
            text.Append(digits, 0, exponent).Append('.').Append(digits, exponent, k - exponent);
        else if (-6 < exponent && exponent <= 0)
            text.Append("0.").Append('0', -exponent).Append(digits);
        else
        {
            var e = exponent - 1;
            text.Append(digits[0]);
            if (k > 1)
                text.Append('.').Append(digits, 1, k - 1);
            text.Append('e').Append(e < 0 ? '-' : '+').Append(Math.Abs(e).ToString(CultureInfo.InvariantCulture));
        }
        return text.ToString();
    }

    /// <summary>The significant digits (no leading or trailing zeros) and the decimal exponent n of 0.digits x 10^n.</summary>
    private static (string Digits, int Exponent) Decompose(double magnitude)
    {
        var roundTrip = magnitude.ToString("R", CultureInfo.InvariantCulture);
        var e = roundTrip.IndexOfAny(['E', 'e']);
        var mantissa = e < 0 ? roundTrip : roundTrip[..e];
        var power = e < 0 ? 0 : int.Parse(roundTrip[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var point = mantissa.IndexOf('.');
        var integerDigits = point < 0 ? mantissa.Length : point;
        var all = mantissa.Replace(".", "", StringComparison.Ordinal);
        var leadingZeros = all.Length - all.TrimStart('0').Length;
        var digits = all.Trim('0');
        return (digits, integerDigits - leadingZeros + power);
    }
}
