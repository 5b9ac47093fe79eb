namespace LamTrack.PatientFiles.Loading;

/// <summary>Where a record was read and whose it is: "file:line patient-id" when written out.</summary>
/// <remarks>Kept as parts, not text: the loader remembers one per patient of a registry (for duplicate ids), and
/// only a rejected or duplicated record needs the words.</remarks>
/// <param name="File">The file the record came from.</param>
/// <param name="Line">The 1-based line of a JSON Lines record; null for a whole-file record.</param>
/// <param name="PatientId">The record's id as written, or null when it could not be read.</param>
internal readonly record struct RecordLabel(string File, long? Line, string? PatientId)
{
    /// <summary>"file:line", or the file alone for a whole-file record.</summary>
    public string Location => Line is null ? File : $"{File}:{Line}";

    public override string ToString() => PatientId is null ? Location : $"{Location} {PatientId}";
}
