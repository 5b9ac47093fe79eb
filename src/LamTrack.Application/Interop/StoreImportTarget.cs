using LamTrack.Application.Progress;
using LamTrack.Application.Ports;
using LamTrack.Domain.Patients;
using LamTrack.PatientFiles;

namespace LamTrack.Application.Interop;

/// <summary>Imports patients into a store (<c>lamtrack import --fhir PATH --db CONNECTION</c>, and the web upload).</summary>
/// <remarks>
/// The rule, per patient identifier (docs/fhir.md, "Import into the database"):
/// <list type="bullet">
/// <item>not stored: imported through <see cref="IPatientStore.ImportAsync"/> (bulk path; each patient is written whole
/// with its audit entry, so a crash or a cancellation never leaves half a patient);</item>
/// <item>stored with identical content (the same patient file text): nothing is written, no audit entry;</item>
/// <item>stored with different content: <see cref="IPatientStore.UpdateAsync"/> at the loaded version, a new audited
/// version (a concurrent edit in between gives the store's conflict problem; nothing of that patient is lost).</item>
/// </list>
/// With <see cref="MergeEvents"/>, "the content" compared and written is the stored record merged with the imported one
/// (<see cref="PatientMerger"/>), so a second source of the same person adds its events and a repeated import of it
/// writes nothing.
/// </remarks>
public sealed class StoreImportTarget(IPatientStore store) : IPatientImportTarget
{
    // How many stored patients pass between two progress reports while comparing.
    private const int ProgressInterval = 250;

    /// <summary>Whether a stored patient is merged with the imported record (<see cref="PatientMerger"/>) instead of
    /// replaced by it.</summary>
    public bool MergeEvents { get; init; }

    // The identifiers stored, listed once per import (the importer writes in chunks) and kept up to date.
    private HashSet<string>? _stored;

    /// <inheritdoc/>
    /// <remarks>The store's own limits (<see cref="IPatientStore.Refusal"/>), asked before the first write.</remarks>
    public string? Refusal(Patient patient) => store.Refusal(patient);

    /// <inheritdoc/>
    public async Task<ImportWriteResult> WriteAsync(IReadOnlyList<Patient> patients, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(patients);
        HashSet<string> stored = _stored ??= new HashSet<string>(await store.ListIdsAsync(cancellationToken).ConfigureAwait(false), StringComparer.Ordinal);
        List<Patient> fresh = [.. patients.Where(p => !stored.Contains(p.Id))];
        List<Patient> existing = [.. patients.Where(p => stored.Contains(p.Id))];
        Outcome[] outcomes = await CompareAndUpdateAsync(existing, progress, cancellationToken).ConfigureAwait(false);
        List<string> created = [.. fresh.Select(p => p.Id)];
        created.AddRange(existing.Where((_, i) => outcomes[i] == Outcome.Created).Select(p => p.Id));
        var onWrite = progress is null ? null : new SynchronousProgress<int>(n => progress.Report(existing.Count + n));
        await store.ImportAsync(fresh, onWrite, cancellationToken).ConfigureAwait(false);
        stored.UnionWith(created);
        return new ImportWriteResult(created,
            [.. existing.Where((_, i) => outcomes[i] == Outcome.Updated).Select(p => p.Id)],
            [.. existing.Where((_, i) => outcomes[i] == Outcome.Unchanged).Select(p => p.Id)]);
    }

    /// <summary>Loads and compares the patients already stored, several at a time (each is a round trip to the
    /// database, and a re-import of a whole export is mostly waiting on them), then writes the changed ones one by one.</summary>
    private async Task<Outcome[]> CompareAndUpdateAsync(List<Patient> existing, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var comparisons = new Comparison[existing.Count];
        int done = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 2 * Environment.ProcessorCount, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, existing.Count), parallel, async (i, token) =>
        {
            comparisons[i] = await CompareAsync(existing[i], token).ConfigureAwait(false);
            if (Interlocked.Increment(ref done) % ProgressInterval == 0)
            {
                progress?.Report(Volatile.Read(ref done));
            }
        }).ConfigureAwait(false);

        progress?.Report(existing.Count);
        // Writes stay sequential: one writer at a time is what SQLite allows anyway, and the order is the input's.
        var outcomes = new Outcome[existing.Count];
        for (int i = 0; i < existing.Count; i++)
        {
            outcomes[i] = await ApplyAsync(comparisons[i], cancellationToken).ConfigureAwait(false);
        }

        return outcomes;
    }

    private async Task<Comparison> CompareAsync(Patient patient, CancellationToken cancellationToken)
    {
        PatientVersion? stored = await store.FindAsync(patient.Id, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            // Deleted since the identifiers were listed: it is new again.
            return new Comparison(Outcome.Created, 0, patient);
        }

        Patient next = MergeEvents ? PatientMerger.Merge(stored.Patient, patient) : patient;
        // The patient file text is LamTrack's full, canonical form of a record: equal text, equal content.
        bool same = PatientFileWriter.ToJson(stored.Patient) == PatientFileWriter.ToJson(next);
        return new Comparison(same ? Outcome.Unchanged : Outcome.Updated, stored.Version, next);
    }

    private async Task<Outcome> ApplyAsync(Comparison comparison, CancellationToken cancellationToken)
    {
        if (comparison.Outcome == Outcome.Created)
        {
            await store.CreateAsync(comparison.Patient, cancellationToken).ConfigureAwait(false);
        }
        else if (comparison.Outcome == Outcome.Updated)
        {
            await store.UpdateAsync(comparison.Patient, comparison.Version, cancellationToken).ConfigureAwait(false);
        }

        return comparison.Outcome;
    }

    /// <summary>What to do with a patient already stored, the version an update must quote, and the record to write.</summary>
    private readonly record struct Comparison(Outcome Outcome, int Version, Patient Patient);

    private enum Outcome
    {
        Created,
        Updated,
        Unchanged,
    }
}
