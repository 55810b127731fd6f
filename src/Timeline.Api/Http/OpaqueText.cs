using System.Buffers.Text;
using System.Text;

namespace Timeline.Api.Http;

/// <summary>
/// Text a client passes back without reading it, such as a paging cursor: base64url, so it fits a query string
/// untouched, and read back strictly (anything long or not base64url is no cursor of ours).
/// </summary>
public static class OpaqueText
{
    private const int MaxLength = 200;

    public static string Encode(string text) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));

    public static string? TryDecode(string opaque)
    {
        if (opaque.Length > MaxLength)
            return null;
        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(opaque));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
