namespace LamTrack.Fhir.Import;

/// <summary>The two stages of an import, as reported to a progress bar.</summary>
public enum FhirImportStage
{
    /// <summary>Reading, parsing, checking and mapping the input; counted in bytes of the input files.</summary>
    Reading,

    /// <summary>Writing the accepted patients into the target; counted in patients.</summary>
    Writing,
}
