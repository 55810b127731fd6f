using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Timeline.Auditing.Proofs.Canonical;
using Timeline.Auditing.Proofs.Merkle;

namespace Timeline.Auditing.Proofs.Leaves;

/// <summary>
/// One stored event as a leaf of the log's tree. Its bytes are the RFC 8785 canonical JSON of
/// <see cref="ToDocument"/>, so anyone holding that document recomputes the leaf hash without our code.
/// </summary>
public sealed record LogLeaf(
    Guid EventId,
    string Stream,
    long Revision,
    string Type,
    DateTimeOffset RecordedAt,
    ReadOnlyMemory<byte> Data,
    string RecordedBy,
    Guid CorrelationId,
    Guid CausationId,
    string? ImportBatch)
{
    /// <summary>
    /// The leaf document. The payload is embedded as JSON when it is JSON (so an auditor reads it), and as
    /// base64 under <c>dataBase64</c> otherwise, so that even a damaged payload still has a leaf.
    /// </summary>
    public JsonObject ToDocument()
    {
        var document = new JsonObject
        {
            ["eventId"] = EventId.ToString("D"),
            ["stream"] = Stream,
            ["revision"] = Revision,
            ["type"] = Type,
            ["recordedAt"] = FormatTime(RecordedAt),
            ["metadata"] = new JsonObject
            {
                ["recordedBy"] = RecordedBy,
                ["correlationId"] = CorrelationId.ToString("D"),
                ["causationId"] = CausationId.ToString("D"),
                ["importBatch"] = ImportBatch,
            },
        };
        if (ParseJson(Data) is { } payload)
            document["data"] = payload;
        else
            document["dataBase64"] = Convert.ToBase64String(Data.Span);
        return document;
    }

    public byte[] CanonicalBytes() => CanonicalBytesOf(ToDocument());

    public byte[] Hash() => TreeHash.Leaf(CanonicalBytes());

    public static byte[] CanonicalBytesOf(JsonNode document) =>
        JsonCanonicalizer.Canonicalize(JsonSerializer.SerializeToElement(document));

    /// <summary>Times in leaves and checkpoints: UTC, milliseconds, the form every party writes the same way.</summary>
    public static string FormatTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static JsonNode? ParseJson(ReadOnlyMemory<byte> data)
    {
        try
        {
            var node = JsonNode.Parse(data.Span);
            // A payload with no canonical form (a repeated member) is kept as bytes instead.
            JsonCanonicalizer.Canonicalize(JsonSerializer.SerializeToElement(node));
            return node;
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            return null;
        }
    }
}
