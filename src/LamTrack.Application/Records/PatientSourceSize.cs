using LamTrack.Application.Ports;

namespace LamTrack.Application.Records;

/// <summary>How much a patient source holds, so that a caller can decide whether to show progress.</summary>
/// <param name="Kind">Files (size in bytes) or a store (size in patients).</param>
/// <param name="Size">Bytes of a single file (0 for a folder or a missing file), or stored patients (0 when the store cannot be opened).</param>
/// <remarks>Two sizes are equal when their kind and size are: the open <see cref="Store"/> is a handle, not part of the value.</remarks>
public sealed record PatientSourceSize(PatientSourceKind Kind, long Size)
{
    /// <summary>The store that was opened to count its patients, or null; pass it on as <see cref="PatientSourceRequest.OpenStore"/>.</summary>
    public IPatientStore? Store { get; init; }

    /// <inheritdoc/>
    public bool Equals(PatientSourceSize? other) => other is not null && Kind == other.Kind && Size == other.Size;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Size);
}
