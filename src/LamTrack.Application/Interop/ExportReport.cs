using LamTrack.Application.Ports;
using LamTrack.Application.Problems;

namespace LamTrack.Application.Interop;

/// <summary>What an export wrote, or why it wrote nothing.</summary>
/// <param name="Fhir">The FHIR export's outcome; null for a research export or a failure.</param>
/// <param name="Research">The research export's outcome; null for a FHIR export or a failure.</param>
/// <param name="Failure">Why nothing was written (an unusable de-identification key <c>APP-005</c>, cancellation <c>APP-004</c>).</param>
public sealed record ExportReport(FhirExportOutcome? Fhir, ResearchExportOutcome? Research, Problem? Failure);
