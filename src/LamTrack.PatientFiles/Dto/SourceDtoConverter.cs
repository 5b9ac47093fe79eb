using System.Text.Json;
using System.Text.Json.Serialization;

namespace LamTrack.PatientFiles.Dto;

/// <summary>Reads a source as a locator string (stated, patient's document) or a full object; writes the short form when it can.</summary>
internal sealed class SourceDtoConverter : JsonConverter<SourceDto>
{
    public override SourceDto? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new SourceDto { Locator = reader.GetString() };
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("a source must be a locator string or an object with \"locator\"");
        }

        var dto = new SourceDto();
        var seen = default(SeenFields);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = reader.GetString()!;
            reader.Read();
            string? text = reader.GetString();
            switch (name)
            {
                case "document": seen.Claim(0, name); dto.Document = text; break;
                case "locator": seen.Claim(1, name); dto.Locator = text; break;
                case "basis": seen.Claim(2, name); dto.Basis = text; break;
                case "quote": seen.Claim(3, name); dto.Quote = text; break;
                case "note": seen.Claim(4, name); dto.Note = text; break;
                default: throw new JsonException($"unknown source field '{name}' (expected document, locator, basis, quote, note)");
            }
        }

        return dto;
    }

    public override void Write(Utf8JsonWriter writer, SourceDto value, JsonSerializerOptions options)
    {
        if (value.Document is null && value.Basis is null && value.Quote is null && value.Note is null)
        {
            writer.WriteStringValue(value.Locator);
            return;
        }

        writer.WriteStartObject();
        WriteIfSet(writer, "document", value.Document);
        writer.WriteString("locator", value.Locator);
        WriteIfSet(writer, "basis", value.Basis);
        WriteIfSet(writer, "quote", value.Quote);
        WriteIfSet(writer, "note", value.Note);
        writer.WriteEndObject();
    }

    private static void WriteIfSet(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
