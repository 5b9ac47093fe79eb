namespace LamTrack.Application.Ports;

/// <summary>How far an import has got, for a progress bar.</summary>
/// <param name="Stage">What is being counted.</param>
/// <param name="Done">Bytes of input read (<see cref="FhirImportStage.Reading"/>) or patients written
/// (<see cref="FhirImportStage.Writing"/>) so far.</param>
/// <param name="Total">The total of the same unit: the size of every input file, or the number of patients to write.</param>
public sealed record FhirImportProgress(FhirImportStage Stage, long Done, long Total);
