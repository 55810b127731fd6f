using System.Globalization;
using System.Security.Cryptography;
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

    [ThreadStatic]
    private static CanonicalWriter? t_writer;

    /// <summary>The canonical bytes of <see cref="ToDocument"/>, written directly rather than through the document.</summary>
    public byte[] CanonicalBytes() => Write(leafPrefix: false).Written.ToArray();

    public byte[] Hash() => Sha256(Write(leafPrefix: true).Written);

    /// <summary>
    /// The leaf hash, and the payload shown to <paramref name="inspect"/> when it parses as JSON, before its canonical
    /// form is written: verify checks the sources in it without parsing every payload a second time.
    /// </summary>
    public byte[] Hash(Action<JsonElement> inspect) => Sha256(Write(leafPrefix: true, inspect).Written);

    /// <summary>
    /// The leaf hash, with the payload looked at on the way: each object shown to <paramref name="inspector"/> as the plain
    /// way reads it, or, where the plain way gives up (or the inspector says no), the parsed payload, as above.
    /// </summary>
    public byte[] Hash(IPayloadInspector inspector) => Sha256(Write(leafPrefix: true, inspector: inspector).Written);

    [ThreadStatic]
    private static IncrementalHash? t_sha256;

    /// <summary>
    /// SHA-256 through a hash kept per thread: the one-shot call sets up and frees OpenSSL's context and clears its error
    /// queue every time, which took about a fifth of a microsecond-long leaf hash.
    /// </summary>
    private static byte[] Sha256(ReadOnlySpan<byte> bytes)
    {
        var sha256 = t_sha256 ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha256.AppendData(bytes);
        return sha256.GetHashAndReset();
    }

    /// <summary>
    /// The document's members in canonical order, by hand: the payload is parsed once and its canonical form written
    /// in place, where the document would parse it, serialise it and canonicalise it twice. The leaf tests hold both
    /// ways to the same bytes.
    /// </summary>
    private CanonicalWriter Write(bool leafPrefix, Action<JsonElement>? inspect = null, IPayloadInspector? inspector = null)
    {
        var w = t_writer ??= new CanonicalWriter();
        w.Truncate(0);
        if (leafPrefix)
            w.Raw(TreeHash.LeafPrefix);
        var start = w.Length;
        w.Raw("{\"data\":"u8);
        if (!WrotePayload(w, inspect, inspector))
        {
            w.Truncate(start);
            w.Raw("{\"dataBase64\":"u8);
            w.String(Convert.ToBase64String(Data.Span));
        }
        w.Raw(",\"eventId\":"u8);
        w.Guid(EventId);
        w.Raw(",\"metadata\":{\"causationId\":"u8);
        w.Guid(CausationId);
        w.Raw(",\"correlationId\":"u8);
        w.Guid(CorrelationId);
        w.Raw(",\"importBatch\":"u8);
        if (ImportBatch is null)
            w.Raw("null"u8);
        else
            w.String(ImportBatch);
        w.Raw(",\"recordedBy\":"u8);
        w.String(RecordedBy);
        w.Raw("},\"recordedAt\":"u8);
        w.Time(RecordedAt.UtcDateTime);
        w.Raw(",\"revision\":"u8);
        w.Number(Revision);
        w.Raw(",\"stream\":"u8);
        w.String(Stream);
        w.Raw(",\"type\":"u8);
        w.String(Type);
        w.Raw((byte)'}');
        return w;
    }

    /// <summary>
    /// The payload's canonical form, read in one pass by the plain way when no one asked for the parsed payload;
    /// otherwise (and when that way gives up) through a parsed document. False, with something written that the caller
    /// cuts off, where <see cref="ParseJson"/> gives no node.
    /// </summary>
    private bool WrotePayload(CanonicalWriter w, Action<JsonElement>? inspect, IPayloadInspector? inspector)
    {
        if (inspect is null)
        {
            var start = w.Length;
            inspector?.Start();
            if (w.TryPlainObject(Data.Span, inspector))
                return true;
            w.Truncate(start);
            inspector?.Start();
            if (inspector is not null)
                inspect = inspector.Parsed;
        }
        return TryWritePayload(w, inspect);
    }

    private bool TryWritePayload(CanonicalWriter w, Action<JsonElement>? inspect)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(Data);
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            return false;
        }
        using (document)
        {
            inspect?.Invoke(document.RootElement);
            return TryWriteParsed(w, document);
        }
    }

    private static bool TryWriteParsed(CanonicalWriter w, JsonDocument document)
    {
        try
        {
            if (document.RootElement.ValueKind == JsonValueKind.Null)
                return false;
            w.Value(document.RootElement);
            return true;
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            return false;
        }
    }

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
