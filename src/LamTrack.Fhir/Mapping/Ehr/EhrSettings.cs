using LamTrack.Fhir.Import;
using LamTrack.Fhir.Terminology;

namespace LamTrack.Fhir.Mapping.Ehr;

/// <summary>What the mapping of EHR-shaped resources needs beyond the resources themselves.</summary>
/// <param name="Terminology">The terminology table.</param>
/// <param name="Unused">Where resources and codes that are read but not used are counted.</param>
/// <param name="PatientIdentifierSystem">The identifier system a site chose to match the same patient across sources
/// (for example its master patient index); <see langword="null"/> for LamTrack's own patient identifier, else the id.</param>
internal sealed record EhrSettings(TerminologyResolver Terminology, UnusedTally Unused, string? PatientIdentifierSystem)
{
    /// <summary>The settings of an import that names no identifier system.</summary>
    public static EhrSettings Default() => new(TerminologyResolver.Default, new UnusedTally(), null);
}
