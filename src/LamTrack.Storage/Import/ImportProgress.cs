namespace LamTrack.Storage.Import;

/// <summary>How far a bulk import has got.</summary>
/// <param name="Processed">Patients read from the input so far.</param>
/// <param name="Imported">Of those, patients committed to the store by this run.</param>
/// <param name="AlreadyPresent">Of those, patients skipped because their identifier was already stored (or repeated in the input).</param>
public sealed record ImportProgress(int Processed, int Imported, int AlreadyPresent);
