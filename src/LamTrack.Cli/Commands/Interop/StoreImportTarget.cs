using LamTrack.Cli.Commands.Storage;
using LamTrack.Hosting.Storage;
using LamTrack.Domain.Patients;
using LamTrack.Fhir.Import;
using LamTrack.PatientFiles;
using LamTrack.Storage;
using LamTrack.Storage.Errors;
using LamTrack.Storage.Import;
using LamTrack.Storage.Patients;
using LamTrack.Storage.Timelines;
using NodaTime;

namespace LamTrack.Cli.Commands.Interop;

/// <summary>Imports FHIR patients into the database (<c>lamtrack import --fhir PATH --db CONNECTION</c>).</summary>
/// <remarks>
/// The rule, per patient identifier (docs/fhir.md, "Import into the database"):
/// <list type="bullet">
/// <item>not stored: imported through <see cref="TimelineStore.ImportPatientsAsync"/> (bulk path; one transaction per
/// patient with its audit entry, so a crash never leaves half a patient);</item>
/// <item>stored with identical content (the same patient file text): nothing is written, no audit entry;</item>
/// <item>stored with different content: <see cref="TimelineStore.UpdateAsync"/> at the loaded version, a new audited
/// version (a concurrent edit in between gives the store's conflict error; nothing of that patient is lost).</item>
/// </list>
/// Only the CLI (and the web host) may compose the FHIR project with the store: the architecture test enforces it.
/// </remarks>
internal sealed class StoreImportTarget(LamTrackDatabase database, IClock clock, string actor) : IPatientImportTarget
{
    // How many stored patients pass between two progress reports while comparing.
    private const int ProgressInterval = 250;

    private readonly TimelineStore _timelines = new(database, clock, actor);

    // The identifiers stored, listed once per import (the importer writes in chunks) and kept up to date.
    private HashSet<string>? _stored;

    /// <inheritdoc/>
    public ImportWriteResult Write(IReadOnlyList<Patient> patients, IProgress<int>? progress)
    {
        ArgumentNullException.ThrowIfNull(patients);
        HashSet<string> stored = _stored ??= new HashSet<string>(
            new PatientStore(database, clock, actor).ListIdentifiersAsync().GetAwaiter().GetResult(), StringComparer.Ordinal);
        List<Patient> fresh = [.. patients.Where(p => !stored.Contains(p.Id))];
        List<Patient> existing = [.. patients.Where(p => stored.Contains(p.Id))];
        Outcome[] outcomes = CompareAndUpdate(existing, progress);
        List<string> created = [.. fresh.Select(p => p.Id)];
        created.AddRange(existing.Where((_, i) => outcomes[i] == Outcome.Created).Select(p => p.Id));
        var onWrite = progress is null ? null : new SynchronousProgress<ImportProgress>(p => progress.Report(existing.Count + p.Processed));
        _timelines.ImportPatientsAsync(fresh, onWrite).GetAwaiter().GetResult();
        stored.UnionWith(created);
        return new ImportWriteResult(created,
            [.. existing.Where((_, i) => outcomes[i] == Outcome.Updated).Select(p => p.Id)],
            [.. existing.Where((_, i) => outcomes[i] == Outcome.Unchanged).Select(p => p.Id)]);
    }

    /// <summary>Loads and compares the patients already stored, several at a time (each is a round trip to the
    /// database, and a re-import of a whole export is mostly waiting on them), then writes the changed ones one by one.</summary>
    private Outcome[] CompareAndUpdate(List<Patient> existing, IProgress<int>? progress)
    {
        var comparisons = new Comparison[existing.Count];
        int done = 0;
        try
        {
            Parallel.For(0, existing.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 * Environment.ProcessorCount }, i =>
            {
                comparisons[i] = Compare(existing[i]);
                if (Interlocked.Increment(ref done) % ProgressInterval == 0)
                {
                    progress?.Report(Volatile.Read(ref done));
                }
            });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.FirstOrDefault(e => e is StorageException) is StorageException inner)
        {
            // The store's own coded error (a conflict, a record it cannot read) names the patient; the wrapper does not.
            throw inner;
        }

        progress?.Report(existing.Count);
        // Writes stay sequential: one writer at a time is what SQLite allows anyway, and the order is the input's.
        return [.. existing.Select((patient, i) => Apply(patient, comparisons[i]))];
    }

    private Comparison Compare(Patient patient)
    {
        VersionedPatient? stored = _timelines.FindAsync(patient.Id).GetAwaiter().GetResult();
        if (stored is null)
        {
            // Deleted since the identifiers were listed: it is new again.
            return new Comparison(Outcome.Created, 0);
        }

        // The patient file text is LamTrack's full, canonical form of a record: equal text, equal content.
        bool same = PatientFileWriter.ToJson(stored.Patient) == PatientFileWriter.ToJson(patient);
        return new Comparison(same ? Outcome.Unchanged : Outcome.Updated, stored.Version);
    }

    private Outcome Apply(Patient patient, Comparison comparison)
    {
        if (comparison.Outcome == Outcome.Created)
        {
            _timelines.CreateAsync(patient).GetAwaiter().GetResult();
        }
        else if (comparison.Outcome == Outcome.Updated)
        {
            _timelines.UpdateAsync(patient, comparison.Version).GetAwaiter().GetResult();
        }

        return comparison.Outcome;
    }

    /// <summary>What to do with a patient already stored, and the version an update must quote.</summary>
    private readonly record struct Comparison(Outcome Outcome, int Version);

    private enum Outcome
    {
        Created,
        Updated,
        Unchanged,
    }
}
