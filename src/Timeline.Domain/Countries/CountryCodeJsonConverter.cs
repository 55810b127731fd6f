using System.Text.Json;
using System.Text.Json.Serialization;

namespace Timeline.Domain.Countries;

public sealed class CountryCodeJsonConverter : JsonConverter<CountryCode>
{
    public override CountryCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        try
        {
            return CountryCode.Parse(reader.TokenType == JsonTokenType.String ? reader.GetString() : null);
        }
        catch (DomainException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    public override void Write(Utf8JsonWriter writer, CountryCode value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
