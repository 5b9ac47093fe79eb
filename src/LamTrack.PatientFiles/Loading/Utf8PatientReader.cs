using System.Numerics;
using System.Text.Json;
using LamTrack.PatientFiles.Dto;

namespace LamTrack.PatientFiles.Loading;

/// <summary>
/// Reads a well-formed patient record straight from UTF-8 into the same DTOs as the serializer, without its
/// metadata machinery; anything it does not expect sends the record to the serializer instead.
/// </summary>
/// <remarks>
/// At registry size the general-purpose deserializer was the largest single cost of <c>analyze</c> (property lookup
/// through metadata, a converter call per value, every short word a new string). This reader handles only the
/// strict, common shape: no comments, no trailing commas, no escaped property names, every property known and of
/// the expected token type, no key twice in one object. For anything else <see cref="TryRead"/> returns null and the caller uses the
/// serializer, so lenient input is still accepted and every error message is still the serializer's own. Repeated
/// short words (event types, units, sources) come from <see cref="Utf8StringCache"/>, one string per word.
/// </remarks>
internal static partial class Utf8PatientReader
{
    // Longer than every property name of the format, so a longer name is unknown by length alone.
    private const int MaxNameLength = 32;

    // Property names of one object whose keys are kept on the stack; most objects have fewer.
    private const int InlineNameKeys = 16;

    // More properties than any object of the format has (an event with every field set has about fifty).
    private const int MaxPropertiesPerObject = 256;

    private delegate void PropertyReader<in T>(ref Utf8JsonReader reader, scoped ReadOnlySpan<char> name, T target);

    private delegate T ValueReader<out T>(ref Utf8JsonReader reader);

    /// <summary>The record, or null when it is not in the strict common shape (the serializer must read it).</summary>
    public static PatientDto? TryRead(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            PatientDto patient = Object(ref reader, new PatientDto(), PatientProperty);
            return reader.Read() ? null : patient;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            // Not the strict shape (or not JSON at all): the serializer reads it and words any error.
            return null;
        }
    }

    private static void PatientProperty(ref Utf8JsonReader reader, scoped ReadOnlySpan<char> name, PatientDto p)
    {
        switch (name)
        {
            case "format": p.Format = Word(ref reader); break;
            case "id": p.Id = Text(ref reader); break;
            case "label": p.Label = Text(ref reader); break;
            case "document": p.Document = ObjectOrNull(ref reader, static () => new DocumentDto(), DocumentProperty); break;
            case "sex": p.Sex = Word(ref reader); break;
            case "smoking": p.Smoking = Word(ref reader); break;
            case "age": p.Age = ObjectOrNull(ref reader, static () => new AgeDto(), AgeProperty); break;
            case "followUpEnd": p.FollowUpEnd = Date(ref reader); break;
            case "dateConvention": p.DateConvention = Word(ref reader); break;
            case "notes": p.Notes = List(ref reader, static (ref Utf8JsonReader r) => Object(ref r, new NoteDto(), NoteProperty)); break;
            case "events": p.Events = List(ref reader, static (ref Utf8JsonReader r) => Object(ref r, new EventDto(), EventProperty)); break;
            default: throw Unexpected();
        }
    }

    private static void DocumentProperty(ref Utf8JsonReader reader, scoped ReadOnlySpan<char> name, DocumentDto d)
    {
        switch (name)
        {
            case "id": d.Id = Word(ref reader); break;
            case "citation": d.Citation = Text(ref reader); break;
            case "doi": d.Doi = Text(ref reader); break;
            default: throw Unexpected();
        }
    }

    private static void AgeProperty(ref Utf8JsonReader reader, scoped ReadOnlySpan<char> name, AgeDto a)
    {
        switch (name)
        {
            case "years": a.Years = Double(ref reader); break;
            case "asOf": a.AsOf = Date(ref reader); break;
            case "source": a.Source = Source(ref reader); break;
            default: throw Unexpected();
        }
    }

    private static void NoteProperty(ref Utf8JsonReader reader, scoped ReadOnlySpan<char> name, NoteDto n)
    {
        switch (name)
        {
            case "topic": n.Topic = Word(ref reader); break;
            case "text": n.Text = Text(ref reader); break;
            case "source": n.Source = Source(ref reader); break;
            case "events": n.Events = Words(ref reader); break;
            default: throw Unexpected();
        }
    }

    /// <summary>Reads the object the reader stands on, property by property.</summary>
    private static T Object<T>(ref Utf8JsonReader reader, T target, PropertyReader<T> read)
    {
        // The caller creates the target: a generic new T() goes through reflection.
        Expect(reader.TokenType == JsonTokenType.StartObject);
        Span<char> name = stackalloc char[MaxNameLength];
        // Keys of the names, not the names themselves, and room for a typical object's few: a few dozen bytes to clear per
        // object instead of kilobytes, which at registry size was a sixth of the reading time. A wider object moves them
        // to the heap. One bit per key in a 64-bit filter spares the search for nearly every name.
        Span<uint> seen = stackalloc uint[InlineNameKeys];
        int seenCount = 0;
        ulong filter = 0;
        while (Next(ref reader) != JsonTokenType.EndObject)
        {
            int length = PropertyName(ref reader, name, out uint key);
            // The filter's bit comes from the key's multiplicative hash (Knuth, The Art of Computer Programming, vol. 3,
            // section 6.4: the top six bits of the key times 2^32 divided by the golden ratio).
            ulong bit = 1UL << (int)((key * 2654435769u) >> 26);
            // A key already there is a repeated name, which the serializer must report; two different names of one object
            // with the same key only send the record to the serializer too, which reads it correctly, more slowly.
            Expect((filter & bit) == 0 || !seen[..seenCount].Contains(key));
            filter |= bit;
            if (seenCount == seen.Length)
            {
                seen = Wider(seen);
            }

            seen[seenCount++] = key;
            Next(ref reader);
            read(ref reader, name[..length], target);
        }

        return target;
    }

    private static Span<uint> Wider(ReadOnlySpan<uint> keys)
    {
        // Beyond the widest object of the format, the record is left to the serializer.
        Expect(keys.Length < MaxPropertiesPerObject);
        uint[] wider = new uint[keys.Length * 4];
        keys.CopyTo(wider);
        return wider;
    }

    private static T? ObjectOrNull<T>(ref Utf8JsonReader reader, Func<T> create, PropertyReader<T> read)
        where T : class =>
        reader.TokenType == JsonTokenType.Null ? null : Object(ref reader, create(), read);

    private static List<T>? List<T>(ref Utf8JsonReader reader, ValueReader<T> item)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(reader.TokenType == JsonTokenType.StartArray);
        var list = new List<T>();
        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            list.Add(item(ref reader));
        }

        return list;
    }

    /// <summary>Copies an ASCII, unescaped property name into <paramref name="name"/> and gives its key; anything else is
    /// unexpected.</summary>
    /// <remarks>The key folds each byte in by a 5-bit rotation and an exclusive or, in the loop that copies the bytes:
    /// equal names always have equal keys, a different name with the same key only costs speed, and unlike string
    /// hashing it is fixed, so a run is reproducible. A multiply per byte (FNV-1a) in a loop of its own took about 1 % of
    /// <c>analyze</c>'s processor time at registry size.</remarks>
    private static int PropertyName(ref Utf8JsonReader reader, scoped Span<char> name, out uint key)
    {
        ReadOnlySpan<byte> bytes = reader.ValueSpan;
        Expect(!reader.ValueIsEscaped && !reader.HasValueSequence && bytes.Length <= name.Length);
        uint folded = (uint)bytes.Length;
        for (int i = 0; i < bytes.Length; i++)
        {
            byte b = bytes[i];
            Expect(b < 0x80);
            name[i] = (char)b;
            folded = BitOperations.RotateLeft(folded, 5) ^ b;
        }

        key = folded;
        return bytes.Length;
    }

    private static JsonTokenType Next(ref Utf8JsonReader reader)
    {
        Expect(reader.Read());
        return reader.TokenType;
    }

    private static void Expect(bool condition)
    {
        if (!condition)
        {
            throw Unexpected();
        }
    }

    private static JsonException Unexpected() => new();
}
