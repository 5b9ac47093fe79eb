namespace LamTrack.Application.Ports;

/// <summary>What a FHIR export wrote.</summary>
/// <param name="Patients">How many patients were exported.</param>
/// <param name="Bundles">How many Bundle files were written (0 for NDJSON).</param>
/// <param name="ResourceCounts">For NDJSON, the number of resources written per resource type; empty for Bundles.</param>
public sealed record FhirExportOutcome(int Patients, int Bundles, IReadOnlyDictionary<string, int> ResourceCounts);
