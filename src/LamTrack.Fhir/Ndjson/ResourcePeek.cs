using System.Text;

namespace LamTrack.Fhir.Ndjson;

/// <summary>Reads a few values out of one compact NDJSON resource line without parsing it: the resource type, the patient
/// it refers to, and its code strings. Used to skip irrelevant resources cheaply.</summary>
/// <remarks>Every answer errs on the side of a full parse: a value written in an unexpected way (white space, escapes)
/// is simply not found, and the caller then keeps the line. Never decodes the line.</remarks>
internal static class ResourcePeek
{
    private static readonly byte[] s_resourceType = "\"resourceType\":\""u8.ToArray();
    private static readonly byte[] s_subject = "\"subject\":{\"reference\":\""u8.ToArray();
    private static readonly byte[] s_patient = "\"patient\":{\"reference\":\""u8.ToArray();
    private static readonly byte[] s_code = "\"code\":\""u8.ToArray();
    private static readonly byte[] s_system = "\"system\":\""u8.ToArray();

    /// <summary>The value of <c>resourceType</c>, or empty when not found.</summary>
    public static ReadOnlySpan<byte> ResourceType(ReadOnlySpan<byte> line) => StringAfter(line, s_resourceType);

    /// <summary>The id of a Patient line that starts <c>{"resourceType":"Patient","id":"</c> or <c>{"id":"</c>, where the
    /// id cannot belong to a nested element; empty for any other layout.</summary>
    public static ReadOnlySpan<byte> LeadingPatientId(ReadOnlySpan<byte> line)
    {
        ReadOnlySpan<byte> typeFirst = "{\"resourceType\":\"Patient\",\"id\":\""u8;
        ReadOnlySpan<byte> idFirst = "{\"id\":\""u8;
        int start = line.StartsWith(typeFirst) ? typeFirst.Length : line.StartsWith(idFirst) ? idFirst.Length : -1;
        if (start < 0)
        {
            return [];
        }

        int end = line[start..].IndexOf((byte)'"');
        return end <= 0 ? [] : line.Slice(start, end);
    }

    /// <summary>The reference of <c>subject</c> (or <c>patient</c>), or empty when not found.</summary>
    public static ReadOnlySpan<byte> PatientReference(ReadOnlySpan<byte> line)
    {
        ReadOnlySpan<byte> subject = StringAfter(line, s_subject);
        return subject.IsEmpty ? StringAfter(line, s_patient) : subject;
    }

    /// <summary>The <c>Type/id</c> key of a reference value (its last two segments), as text.</summary>
    public static string? ReferenceKey(ReadOnlySpan<byte> reference)
    {
        ReadOnlySpan<byte> key = ReferenceKeyBytes(reference);
        return key.IsEmpty ? null : Encoding.UTF8.GetString(key);
    }

    /// <summary>The <c>Type/id</c> part of a reference value (its last two segments); empty for a conditional,
    /// versioned or <c>urn:</c> reference, which the caller then does not filter on.</summary>
    public static ReadOnlySpan<byte> ReferenceKeyBytes(ReadOnlySpan<byte> reference)
    {
        int slash = reference.LastIndexOf((byte)'/');
        if (slash <= 0 || reference.IndexOf((byte)'?') >= 0 || reference.IndexOf("_history"u8) >= 0)
        {
            return [];
        }

        int typeStart = reference[..slash].LastIndexOf((byte)'/') + 1;
        return reference[typeStart..];
    }

    /// <summary>Calls <paramref name="visit"/> with every <c>"code":"..."</c> string value of the line, until it returns true.</summary>
    /// <returns>Whether a visit returned true.</returns>
    public static bool AnyCode(ReadOnlySpan<byte> line, CodeVisitor visit)
    {
        int at = 0;
        while (true)
        {
            int found = line[at..].IndexOf(s_code);
            if (found < 0)
            {
                return false;
            }

            int start = at + found + s_code.Length;
            int end = line[start..].IndexOf((byte)'"');
            if (end < 0)
            {
                return false;
            }

            if (visit(line.Slice(start, end)))
            {
                return true;
            }

            at = start + end;
        }
    }

    /// <summary>The first coding after an element name (for example <c>"code":{</c>) as <c>system|code</c>, for the
    /// count of unused codes; empty when not found.</summary>
    public static string FirstCoding(ReadOnlySpan<byte> line, ReadOnlySpan<byte> element)
    {
        int at = line.IndexOf(element);
        if (at < 0)
        {
            return string.Empty;
        }

        ReadOnlySpan<byte> rest = line[(at + element.Length)..];
        int close = rest.IndexOf((byte)'}');
        ReadOnlySpan<byte> coding = close < 0 ? rest : rest[..close];
        ReadOnlySpan<byte> system = StringAfter(coding, s_system);
        ReadOnlySpan<byte> code = StringAfter(coding, s_code);
        return code.IsEmpty ? string.Empty : Encoding.UTF8.GetString(system) + "|" + Encoding.UTF8.GetString(code);
    }

    /// <summary>Whether the line contains the bytes, ASCII case-insensitively (for drug names in free text).</summary>
    public static bool ContainsIgnoreCase(ReadOnlySpan<byte> line, ReadOnlySpan<byte> lowerCaseWord)
    {
        byte first = lowerCaseWord[0];
        byte upper = (byte)char.ToUpperInvariant((char)first);
        for (int i = line.IndexOfAny(first, upper); i >= 0 && i <= line.Length - lowerCaseWord.Length;)
        {
            if (Ascii.EqualsIgnoreCase(line.Slice(i, lowerCaseWord.Length), lowerCaseWord))
            {
                return true;
            }

            int next = line[(i + 1)..].IndexOfAny(first, upper);
            i = next < 0 ? -1 : i + 1 + next;
        }

        return false;
    }

    private static ReadOnlySpan<byte> StringAfter(ReadOnlySpan<byte> line, ReadOnlySpan<byte> prefix)
    {
        int at = line.IndexOf(prefix);
        if (at < 0)
        {
            return [];
        }

        ReadOnlySpan<byte> rest = line[(at + prefix.Length)..];
        int end = rest.IndexOf((byte)'"');
        return end < 0 ? [] : rest[..end];
    }
}
