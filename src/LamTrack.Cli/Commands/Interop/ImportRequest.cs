using LamTrack.Fhir.Import;

namespace LamTrack.Cli.Commands.Interop;

/// <summary>What <c>lamtrack import</c> was asked to do.</summary>
/// <param name="Fhir">The FHIR input: a Bundle, an NDJSON file or a folder.</param>
/// <param name="Data">The patient-file folder to import into, or <see langword="null"/> with <paramref name="Db"/>.</param>
/// <param name="Db">The database connection to import into, or <see langword="null"/> with <paramref name="Data"/>.</param>
/// <param name="Options">Skip-invalid and profile-validation choices.</param>
internal sealed record ImportRequest(string Fhir, string? Data, string? Db, ImportOptions Options);
