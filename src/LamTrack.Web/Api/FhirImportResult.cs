namespace LamTrack.Web.Api;

/// <summary>The answer of <c>POST /api/import/fhir</c> when the import ran: the counts and every coded problem found.</summary>
/// <param name="Imported">Patients accepted (written, or already stored unchanged).</param>
/// <param name="Replaced">Of those, patients stored before with other content and replaced at a new version.</param>
/// <param name="Unchanged">Of those, patients stored before with identical content (nothing written).</param>
/// <param name="Skipped">Invalid units left out (with <c>skipInvalid=true</c>).</param>
/// <param name="Errors">How many of the problems are errors.</param>
/// <param name="Problems">Every problem, in input order, with its <c>FHIR-IMP-…</c> code and location.</param>
public sealed record FhirImportResult(int Imported, int Replaced, int Unchanged, int Skipped, int Errors, IReadOnlyList<ProblemDescription> Problems);
