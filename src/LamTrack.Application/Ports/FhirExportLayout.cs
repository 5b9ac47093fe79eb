namespace LamTrack.Application.Ports;

/// <summary>How FHIR R4 is written.</summary>
public enum FhirExportLayout
{
    /// <summary>One collection Bundle per patient.</summary>
    CollectionBundles,

    /// <summary>One transaction Bundle (PUT entries) per patient, ready to post to a server.</summary>
    TransactionBundles,

    /// <summary>Bulk-data NDJSON, one file per resource type, with a manifest.</summary>
    Ndjson,
}
