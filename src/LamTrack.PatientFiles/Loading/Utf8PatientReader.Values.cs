using System.Text.Json;
using LamTrack.PatientFiles.Dto;

namespace LamTrack.PatientFiles.Loading;

/// <summary>Nested value objects and primitives, with the serializer's rules for each (nulls allowed, numbers strict).</summary>
internal static partial class Utf8PatientReader
{
    private static readonly DateDtoConverter s_dates = new();
    private static readonly SourceDtoConverter s_sources = new();

    private static QuantityDto? Quantity(ref Utf8JsonReader reader) => ObjectOrNull(ref reader, static () => new QuantityDto(), QuantityProperty);

    private static void QuantityProperty(ref Utf8JsonReader reader, scoped ReadOnlySpan<char> name, QuantityDto q)
    {
        switch (name)
        {
            case "value": q.Value = Decimal(ref reader); break;
            case "unit": q.Unit = Word(ref reader); break;
            default: throw Unexpected();
        }
    }

    private static void TroughResultProperty(ref Utf8JsonReader reader, scoped ReadOnlySpan<char> name, TroughResultDto t)
    {
        switch (name)
        {
            case "value": t.Value = Decimal(ref reader); break;
            case "unit": t.Unit = Word(ref reader); break;
            case "censoring": t.Censoring = Word(ref reader); break;
            case "limit": t.Limit = Decimal(ref reader); break;
            default: throw Unexpected();
        }
    }

    private static void CompressionProperty(ref Utf8JsonReader reader, scoped ReadOnlySpan<char> name, CompressionDto c)
    {
        switch (name)
        {
            case "left": c.Left = Double(ref reader); break;
            case "right": c.Right = Double(ref reader); break;
            case "unspecified": c.Unspecified = Double(ref reader); break;
            default: throw Unexpected();
        }
    }

    private static void DoseChangeProperty(ref Utf8JsonReader reader, scoped ReadOnlySpan<char> name, DoseChangeDto d)
    {
        switch (name)
        {
            case "id": d.Id = Text(ref reader); break;
            case "date": d.Date = Date(ref reader); break;
            case "dose": d.Dose = Quantity(ref reader); break;
            case "reason": d.Reason = Word(ref reader); break;
            case "source": d.Source = Source(ref reader); break;
            case "note": d.Note = Text(ref reader); break;
            default: throw Unexpected();
        }
    }

    private static void PftValueProperty(ref Utf8JsonReader reader, scoped ReadOnlySpan<char> name, PftValueDto v)
    {
        switch (name)
        {
            case "measure": v.Measure = Word(ref reader); break;
            case "value": v.Value = Quantity(ref reader); break;
            case "percentPredicted": v.PercentPredicted = Double(ref reader); break;
            default: throw Unexpected();
        }
    }

    private static void MarkerProperty(ref Utf8JsonReader reader, scoped ReadOnlySpan<char> name, MarkerDto m)
    {
        switch (name)
        {
            case "name": m.Name = Word(ref reader); break;
            case "positive": m.Positive = Boolean(ref reader); break;
            case "percent": m.Percent = Double(ref reader); break;
            default: throw Unexpected();
        }
    }

    /// <summary>A date in either form: the format's own converter reads it, as the serializer would.</summary>
    private static DateDto? Date(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : s_dates.Read(ref reader, typeof(DateDto), PatientJson.Options);

    /// <summary>A source: the locator string that nearly every event repeats is a cached word; the object form goes to
    /// the format's own converter.</summary>
    private static SourceDto? Source(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => new SourceDto { Locator = Word(ref reader) },
        JsonTokenType.Null => null,
        _ => s_sources.Read(ref reader, typeof(SourceDto), PatientJson.Options),
    };

    /// <summary>A string that is usually unique to its record (ids, notes, quotes).</summary>
    private static string? Text(ref Utf8JsonReader reader)
    {
        Expect(reader.TokenType is JsonTokenType.String or JsonTokenType.Null);
        return reader.GetString();
    }

    /// <summary>A string that usually repeats across records (types, units, sources): one instance per word.</summary>
    private static string? Word(ref Utf8JsonReader reader)
    {
        Expect(reader.TokenType is JsonTokenType.String or JsonTokenType.Null);
        bool plain = reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence;
        return plain && Utf8StringCache.TryGet(reader.ValueSpan, out string? word) ? word : reader.GetString();
    }

    private static List<string>? Words(ref Utf8JsonReader reader) => List(ref reader, static (ref Utf8JsonReader r) =>
    {
        // A null inside the list is left to the serializer.
        Expect(r.TokenType == JsonTokenType.String);
        return Word(ref r)!;
    });

    private static decimal? Decimal(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : reader.GetDecimal();

    private static double? Double(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : reader.GetDouble();

    private static int? Int32(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : reader.GetInt32();

    private static bool? Boolean(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : reader.GetBoolean();
}
