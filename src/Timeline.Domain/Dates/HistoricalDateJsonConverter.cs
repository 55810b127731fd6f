using System.Text.Json;
using System.Text.Json.Serialization;

namespace Timeline.Domain.Dates;

/// <summary>Historical dates travel as their EDTF string.</summary>
public sealed class HistoricalDateJsonConverter : JsonConverter<HistoricalDate>
{
    public override HistoricalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
            throw new JsonException("A date must be an EDTF string such as \"2018-12-17\" or \"2020-11-17/2020-11-18\".");
        try
        {
            return HistoricalDate.Parse(reader.GetString()!);
        }
        catch (DomainException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    public override void Write(Utf8JsonWriter writer, HistoricalDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
