using System.Collections.Concurrent;
using Hl7.Fhir.Model;

namespace LamTrack.Fhir.Serialization;

/// <summary>Whether a primitive's literal is valid for its FHIR type (the SDK's <see cref="PrimitiveType.HasValidValue"/>),
/// remembering the answer for literals that repeat.</summary>
/// <remarks>
/// The SDK checks a uri by constructing a <see cref="Uri"/>, a code or id with a regular expression, a date by parsing
/// it: about a microsecond each, and a resource holds dozens. Code systems, extension URLs, codes, units and dates repeat
/// across resources, so their verdicts are remembered per (type, literal); the answer depends on nothing else. Literals
/// that are mostly unique (ids, free text, which are cheap to check anyway) are not remembered, and the memory is
/// bounded: past <see cref="Capacity"/> entries new literals are checked every time.
/// </remarks>
internal static class LiteralCheck
{
    /// <summary>How many verdicts are kept at most.</summary>
    public const int Capacity = 65_536;

    private static readonly ConcurrentDictionary<(Type Type, string Literal), bool> s_verdicts = new();

    /// <summary>Whether <paramref name="primitive"/>'s value (not <see langword="null"/>) is a valid literal of its type.</summary>
    public static bool IsValid(PrimitiveType primitive)
    {
        if (primitive.JsonValue is not string literal || !IsWorthRemembering(primitive))
        {
            return primitive.HasValidValue();
        }

        var key = (primitive.GetType(), literal);
        if (s_verdicts.TryGetValue(key, out bool valid))
        {
            return valid;
        }

        valid = primitive.HasValidValue();
        if (s_verdicts.Count < Capacity)
        {
            s_verdicts.TryAdd(key, valid);
        }

        return valid;
    }

    // Uris, canonicals, urls, codes (also Code<T>), dates and times: costly to check and repeated across resources.
    private static bool IsWorthRemembering(PrimitiveType primitive) =>
        primitive is FhirUri or Canonical or FhirUrl or Code or FhirDateTime or Date or Instant or Time;
}
