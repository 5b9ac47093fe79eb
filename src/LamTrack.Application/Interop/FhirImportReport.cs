using LamTrack.Application.Ports;
using LamTrack.Application.Problems;

namespace LamTrack.Application.Interop;

/// <summary>What a FHIR import did, or why it stopped.</summary>
/// <param name="Outcome">The import's outcome (problems in the input, patients imported); null when it stopped.</param>
/// <param name="Failure">Why the import stopped: the target could not be opened or written (<c>STORE-…</c>), the request
/// names no single target (<c>APP-003</c>), or it was cancelled (<c>APP-004</c>). Patients written before stay, each whole;
/// running the import again completes it.</param>
public sealed record FhirImportReport(FhirImportOutcome? Outcome, Problem? Failure);
