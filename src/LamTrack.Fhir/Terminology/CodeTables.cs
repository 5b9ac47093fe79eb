using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Hl7.Fhir.Model;

namespace LamTrack.Fhir.Terminology;

/// <summary>Every code in the LamTrack code tables (SNOMED CT, LOINC, RxNorm, ICD-10-CM, registry-local), looked up
/// by system and code. The import uses it to reject codes LamTrack does not know, because the Firely validator does
/// not check SNOMED, LOINC or RxNorm codes ([FIRELY-SDK], validation).</summary>
public static class CodeTables
{
    private static readonly Type[] s_tables =
        [typeof(SnomedCodes), typeof(LoincCodes), typeof(RxNormCodes), typeof(Icd10CmCodes), typeof(RegistryCodes)];

    private static readonly TerminologyCode[] s_all = s_tables
        .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
        .Where(f => f.FieldType == typeof(TerminologyCode))
        .Select(f => (TerminologyCode)f.GetValue(null)!)
        .ToArray();

    // Built with a first-wins policy so that a duplicate shows up in the uniqueness test instead of a type-initialiser crash.
    private static readonly FrozenDictionary<string, TerminologyCode> s_byToken = s_all
        .DistinctBy(c => c.ToString())
        .ToFrozenDictionary(c => c.ToString(), StringComparer.Ordinal);

    /// <summary>Every code in every table, in table then declaration order.</summary>
    public static IReadOnlyList<TerminologyCode> All => s_all;

    /// <summary>Finds a code by system URI and code.</summary>
    /// <returns><see langword="true"/> when LamTrack knows the code.</returns>
    public static bool TryFind(string? system, string? code, [NotNullWhen(true)] out TerminologyCode? found)
    {
        found = null;
        return system is not null && code is not null && s_byToken.TryGetValue($"{system}|{code}", out found);
    }

    /// <summary>Finds the first coding of a concept that LamTrack knows.</summary>
    public static bool TryFind(CodeableConcept? concept, [NotNullWhen(true)] out TerminologyCode? found)
    {
        found = null;
        foreach (Coding coding in concept?.Coding ?? [])
        {
            if (TryFind(coding.System, coding.Code, out found))
            {
                return true;
            }
        }

        return false;
    }
}
