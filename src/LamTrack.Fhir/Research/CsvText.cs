using System.Text;

namespace LamTrack.Fhir.Research;

/// <summary>RFC 4180 CSV fields and rows: a field holding a comma, a double quote, CR or LF is quoted and its quotes
/// doubled; blank means missing (REDCap convention). Rows end in LF.</summary>
public static class CsvText
{
    /// <summary>The field as it appears in the file.</summary>
    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        bool quote = value.AsSpan().IndexOfAny(",\"\r\n") >= 0;
        return quote ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    /// <summary>Writes one row.</summary>
    public static void WriteRow(TextWriter writer, IEnumerable<string?> fields)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(fields);
        var line = new StringBuilder();
        bool first = true;
        foreach (string? field in fields)
        {
            // A separator goes before every field but the first, even when earlier fields are blank.
            if (!first)
            {
                line.Append(',');
            }

            line.Append(Escape(field));
            first = false;
        }

        writer.Write(line.Append('\n'));
    }
}
