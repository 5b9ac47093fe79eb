namespace LamTrack.Application.Ports;

/// <summary>What a <see cref="FhirImportProgress"/> counts.</summary>
public enum FhirImportStage
{
    /// <summary>Bytes of input read and checked.</summary>
    Reading,

    /// <summary>Accepted patients written to the target.</summary>
    Writing,
}
