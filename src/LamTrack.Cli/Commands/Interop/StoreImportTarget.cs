using LamTrack.Cli.Commands.Storage;
using LamTrack.Domain.Patients;
using LamTrack.Fhir.Import;
using LamTrack.PatientFiles;
using LamTrack.Storage;
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
    private readonly TimelineStore _timelines = new(database, clock, actor);

    /// <inheritdoc/>
    public ImportWriteResult Write(IReadOnlyList<Patient> patients, IProgress<int>? progress)
    {
        ArgumentNullException.ThrowIfNull(patients);
        IReadOnlyList<string> identifiers = new PatientStore(database, clock, actor).ListIdentifiersAsync().GetAwaiter().GetResult();
        var stored = new HashSet<string>(identifiers, StringComparer.Ordinal);
        List<Patient> fresh = [.. patients.Where(p => !stored.Contains(p.Id))];
        List<string> created = [.. fresh.Select(p => p.Id)], updated = [], unchanged = [];
        foreach (Patient patient in patients.Where(p => stored.Contains(p.Id)))
        {
            (ReplaceOrKeep(patient) switch { Outcome.Created => created, Outcome.Updated => updated, _ => unchanged }).Add(patient.Id);
            progress?.Report(updated.Count + unchanged.Count + created.Count - fresh.Count);
        }

        int done = patients.Count - fresh.Count;
        var onWrite = progress is null ? null : new SynchronousProgress<ImportProgress>(p => progress.Report(done + p.Processed));
        _timelines.ImportPatientsAsync(fresh, onWrite).GetAwaiter().GetResult();
        return new ImportWriteResult(created, updated, unchanged);
    }

    private Outcome ReplaceOrKeep(Patient patient)
    {
        VersionedPatient? current = _timelines.FindAsync(patient.Id).GetAwaiter().GetResult();
        if (current is null)
        {
            // Deleted since the identifiers were listed: it is new again.
            _timelines.CreateAsync(patient).GetAwaiter().GetResult();
            return Outcome.Created;
        }

        // The patient file text is LamTrack's full, canonical form of a record: equal text, equal content.
        if (PatientFileWriter.ToJson(current.Patient) == PatientFileWriter.ToJson(patient))
        {
            return Outcome.Unchanged;
        }

        _timelines.UpdateAsync(patient, current.Version).GetAwaiter().GetResult();
        return Outcome.Updated;
    }

    private enum Outcome
    {
        Created,
        Updated,
        Unchanged,
    }
}
