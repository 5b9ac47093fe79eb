using LamTrack.Storage.Patients;

namespace LamTrack.Storage.Import;

/// <summary>What a bulk import reads: the items, how to name each, and how to map it to a snapshot.</summary>
/// <param name="Items">The input, read once, lazily.</param>
/// <param name="IdentifierOf">The patient identifier of an item, read before it is mapped (skipped items are never mapped).</param>
/// <param name="ToSnapshot">Maps an item to the store's snapshot; runs on worker threads.</param>
/// <param name="Trusted">True when the snapshots' JSON comes from our own writer and needs no re-parse.</param>
internal sealed record ImportSource<T>(IEnumerable<T> Items, Func<T, string> IdentifierOf, Func<T, PatientSnapshot> ToSnapshot, bool Trusted);
