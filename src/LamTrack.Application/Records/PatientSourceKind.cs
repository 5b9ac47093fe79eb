namespace LamTrack.Application.Records;

/// <summary>What a <see cref="PatientSourceRequest"/> reads, and so what its size counts.</summary>
public enum PatientSourceKind
{
    /// <summary>Patient files; the size is in bytes (0 for a folder).</summary>
    Files,

    /// <summary>A store; the size is the number of stored patients.</summary>
    Store,
}
