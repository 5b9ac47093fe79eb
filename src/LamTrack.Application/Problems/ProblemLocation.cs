using System.Text;

namespace LamTrack.Application.Problems;

/// <summary>Where a <see cref="Problem"/> was found; every part is optional and left null when not known.</summary>
/// <param name="File">The input file (as the user named it), a database description, or an option such as <c>--db</c>.</param>
/// <param name="Line">The 1-based line in <paramref name="File"/> (a JSON Lines record, an NDJSON line, a parse position).</param>
/// <param name="Record">The record at fault: a patient id, or a FHIR reference such as <c>Observation/o1</c>.</param>
/// <param name="Field">The field at fault, as the input format names it (<c>events[3].dose</c>, <c>Observation.valueQuantity</c>).</param>
/// <param name="JsonPointer">The field as an RFC 6901 JSON pointer into a request body, when the problem came from one.</param>
public sealed record ProblemLocation(string? File, long? Line, string? Record, string? Field, string? JsonPointer)
{
    /// <summary>A location that names only a file (or a database, or an option).</summary>
    public static ProblemLocation OfFile(string file) => new(file, null, null, null, null);

    /// <summary>A location that names only a record.</summary>
    public static ProblemLocation OfRecord(string record) => new(null, null, record, null, null);

    /// <summary>A location in a request body, named by a JSON pointer (RFC 6901).</summary>
    public static ProblemLocation OfPointer(string jsonPointer) => new(null, null, null, null, jsonPointer);

    /// <summary><c>file:line record field</c>, leaving out the parts that are not known.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(File ?? string.Empty);
        if (Line is long line)
        {
            text.Append(':').Append(line);
        }

        Append(text, Record);
        Append(text, Field ?? JsonPointer);
        return text.ToString();
    }

    private static void Append(StringBuilder text, string? part)
    {
        if (!string.IsNullOrEmpty(part))
        {
            text.Append(text.Length > 0 ? " " : string.Empty).Append(part);
        }
    }
}
