using System.Text;

namespace Timeline.EventStore.Sqlite;

/// <summary>Whether a name comes back from the file as it went in: SQLite keeps text as UTF-8, which a lone surrogate has no form in.</summary>
internal static class StoredText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Whether every text of the metadata comes back from its blob as it went in (its ids always do).</summary>
    public static bool RoundTrips(EventMetadata metadata) =>
        RoundTrips(metadata.RecordedBy) && (metadata.ImportBatch is null || RoundTrips(metadata.ImportBatch))
        && (metadata.TraceParent is null || RoundTrips(metadata.TraceParent));

    public static bool RoundTrips(string text)
    {
        if (System.Text.Ascii.IsValid(text))
            return true;
        try
        {
            Strict.GetByteCount(text);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }
}
