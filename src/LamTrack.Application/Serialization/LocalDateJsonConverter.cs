using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace LamTrack.Application.Serialization;

/// <summary>Writes and reads a <see cref="LocalDate"/> as ISO 8601 text, <c>yyyy-MM-dd</c>.</summary>
public sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The text is not a date of the form yyyy-MM-dd.</exception>
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ParseResult<LocalDate> parsed = LocalDatePattern.Iso.Parse(reader.GetString() ?? string.Empty);
        return parsed.Success ? parsed.Value : throw new JsonException("a date must be written yyyy-MM-dd");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
