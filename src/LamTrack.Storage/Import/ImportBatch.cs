using LamTrack.Storage.Errors;

namespace LamTrack.Storage.Import;

/// <summary>One slice of the input, read in order and mapped: the patients to write and what else was read.</summary>
/// <param name="Prepared">The new patients, in input order, up to (not including) the first one in error.</param>
/// <param name="AlreadyPresent">Input items skipped because their identifier is stored or came earlier in the input (before any error).</param>
/// <param name="Error">The first patient that broke a rule of the store, or null; nothing after it is written.</param>
/// <param name="IsLast">True when the input ended with this batch.</param>
internal sealed record ImportBatch(IReadOnlyList<PreparedPatient> Prepared, int AlreadyPresent, StorageException? Error, bool IsLast)
{
    /// <summary>The counts after this batch is committed, added to <paramref name="before"/>.</summary>
    public ImportProgress AddTo(ImportProgress before) => new(
        before.Processed + Prepared.Count + AlreadyPresent, before.Imported + Prepared.Count, before.AlreadyPresent + AlreadyPresent);
}
