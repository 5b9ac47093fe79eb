namespace LamTrack.Application.Ports;

/// <summary>The layout of a FHIR input given as a stream.</summary>
public enum FhirInputFormat
{
    /// <summary>One FHIR R4 Bundle (JSON).</summary>
    Bundle,

    /// <summary>Bulk-data NDJSON: one resource per line.</summary>
    Ndjson,

    /// <summary>Bulk-data NDJSON compressed with gzip.</summary>
    NdjsonGzip,
}
