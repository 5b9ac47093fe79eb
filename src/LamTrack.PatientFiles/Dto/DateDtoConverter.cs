using System.Text.Json;
using System.Text.Json.Serialization;

namespace LamTrack.PatientFiles.Dto;

/// <summary>Reads a date as <c>"2016-03"</c> or <c>{"value": "2016-03", "approx": true, "stated": "..."}</c>; writes the short form when it can.</summary>
internal sealed class DateDtoConverter : JsonConverter<DateDto>
{
    public override DateDto? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new DateDto { Value = reader.GetString() };
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("a date must be a string such as \"2016-03-14\" or an object with \"value\"");
        }

        var dto = new DateDto();
        var seen = default(SeenFields);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = reader.GetString()!;
            reader.Read();
            switch (name)
            {
                case "value": seen.Claim(0, name); dto.Value = reader.GetString(); break;
                case "approx": seen.Claim(1, name); dto.Approx = reader.GetBoolean(); break;
                case "stated": seen.Claim(2, name); dto.Stated = reader.GetString(); break;
                default: throw new JsonException($"unknown date field '{name}' (expected value, approx, stated)");
            }
        }

        return dto;
    }

    public override void Write(Utf8JsonWriter writer, DateDto value, JsonSerializerOptions options)
    {
        if (!value.Approx && value.Stated is null)
        {
            writer.WriteStringValue(value.Value);
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("value", value.Value);
        if (value.Approx)
        {
            writer.WriteBoolean("approx", true);
        }

        if (value.Stated is not null)
        {
            writer.WriteString("stated", value.Stated);
        }

        writer.WriteEndObject();
    }
}
