using System.Text.Json;
using LamTrack.Statistics.Rates;

namespace LamTrack.Reporting.Analysis;

/// <summary>Number helpers for the analysis JSON: non-finite values become null (an unbounded limit).</summary>
internal static class JsonNumbers
{
    public static void Number(this Utf8JsonWriter w, string name, double? value)
    {
        if (value is double v && double.IsFinite(v))
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    public static void Number(this Utf8JsonWriter w, JsonEncodedText name, double? value)
    {
        if (value is double v && double.IsFinite(v))
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    public static void Interval(this Utf8JsonWriter w, string name, ConfidenceInterval? ci)
    {
        if (ci is not { } c)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartArray(name);
        WriteValue(w, c.Lower);
        WriteValue(w, c.Upper);
        w.WriteEndArray();
    }

    public static void WriteValue(Utf8JsonWriter w, double? value)
    {
        if (value is double v && double.IsFinite(v))
        {
            w.WriteNumberValue(v);
        }
        else
        {
            w.WriteNullValue();
        }
    }
}
