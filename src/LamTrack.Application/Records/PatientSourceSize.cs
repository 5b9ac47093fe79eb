namespace LamTrack.Application.Records;

/// <summary>How much a patient source holds, so that a caller can decide whether to show progress.</summary>
/// <param name="Kind">Files (size in bytes) or a store (size in patients).</param>
/// <param name="Size">Bytes of a single file (0 for a folder or a missing file), or stored patients (0 when the store cannot be opened).</param>
public sealed record PatientSourceSize(PatientSourceKind Kind, long Size);
