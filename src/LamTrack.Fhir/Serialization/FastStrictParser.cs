using System.Buffers;
using System.Text;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Utility;

namespace LamTrack.Fhir.Serialization;

/// <summary>Parses a resource with Firely's deserializer with its POCO validator off, then makes the validator's checks
/// itself on the parsed tree (<see cref="PocoRuleCheck"/>).</summary>
/// <remarks>
/// Why: the strict deserializer (<see cref="FhirJsonDeserializer.DEFAULT"/>) spends more than half its time in
/// validation bookkeeping (a validation context per element, a dictionary of delayed validations keyed by object),
/// not in the checks themselves; the same checks made once on the finished tree cost a fraction (measurements in
/// docs/benchmarks/fhir.md). The answer is only ever "clean" or "not clean": a text that is not clean is parsed again by
/// the strict deserializer, which reports its problems exactly as before, so the import's strictness and its messages
/// are the SDK's. The differential tests (<c>FastStrictParserTests</c>) mutate valid resources in many ways and
/// require that nothing the strict deserializer rejects is ever called clean here.
/// </remarks>
internal static class FastStrictParser
{
    // Validator = null is what makes the parse cheap; everything else is the default setting. (Element names are bound
    // the same way both ways: the default settings ignore wrong-cased names and bind them case-insensitively, as
    // the deserializer does whenever no validator is set.)
    private static readonly FhirJsonDeserializer s_lenient = new(new DeserializerSettings { Validator = null });

    /// <summary>Parses <paramref name="json"/>; <see langword="true"/> only when the strict deserializer would give the
    /// same resource with no issue.</summary>
    /// <param name="json">One FHIR resource as JSON text.</param>
    /// <param name="resource">The resource when clean, else <see langword="null"/>.</param>
    public static bool TryParse(string json, out Resource? resource)
    {
        ArgumentNullException.ThrowIfNull(json);
        byte[] buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            int length = Encoding.UTF8.GetBytes(json, buffer);
            return TryParse(buffer.AsSpan(0, length), out resource);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>As <see cref="TryParse(string, out Resource?)"/>, for the resource as UTF-8 JSON.</summary>
    /// <param name="utf8">One FHIR resource as UTF-8 JSON.</param>
    /// <param name="resource">The resource when clean, else <see langword="null"/>.</param>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out Resource? resource)
    {
        resource = null;
        try
        {
            var reader = new Utf8JsonReader(utf8, SerializationUtil.FhirJsonReaderOptions);
            if (!s_lenient.TryDeserializeResource(ref reader, out Resource? parsed, out _) || !PocoRuleCheck.IsClean(parsed))
            {
                return false;
            }

            resource = parsed;
            return true;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or InvalidCastException or ArgumentException
            or IndexOutOfRangeException or FormatException or OverflowException or NullReferenceException or NotSupportedException)
        {
            // Whatever the lenient parse trips over (malformed JSON or UTF-8 included), the strict parse decides and reports.
            // The SDK's lenient reader has thrown IndexOutOfRangeException on a mutated Condition, and NotSupportedException
            // on the abstract type name "Resource" (both found by fuzzing).
            return false;
        }
    }
}
