using LamTrack.Application.Ports;
using LamTrack.Application.Problems;
using LamTrack.Domain.Events;
using LamTrack.Domain.Patients;

namespace LamTrack.Application.Records;

/// <summary>Reads one stored patient and records edits to her timeline with optimistic concurrency.</summary>
/// <remarks>
/// Every edit quotes the version it was based on; the store refuses it when another edit came first (a conflict,
/// <c>STORE-001</c>), and the caller reloads and tries again. An edit that would make the record inconsistent (an
/// event after follow-up, a duplicate event id) is refused with the domain's codes, and nothing is written.
/// </remarks>
public sealed class PatientRecordService(IPatientStoreFactory stores)
{
    /// <summary>The patient with her version, or the problem that kept her from being read.</summary>
    public async Task<PatientFound> FindAsync(FindPatientRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            IPatientStore store = await OpenAsync(request.Database, StoreAccess.ReadOnly, "lamtrack", cancellationToken).ConfigureAwait(false);
            PatientVersion? found = await store.FindAsync(request.PatientId, cancellationToken).ConfigureAwait(false);
            return found is null ? new PatientFound(null, [NotStored(request.PatientId)]) : new PatientFound(found, []);
        }
        catch (ProblemException ex)
        {
            return new PatientFound(null, [ex.Problem]);
        }
    }

    /// <summary>Adds an event to the patient's timeline at the version quoted.</summary>
    public Task<RecordSaved> RecordEventAsync(RecordEventRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var edit = new Edit(request.Database, request.PatientId, request.ExpectedVersion, request.Actor);
        return SaveAsync(edit, patient => PatientRevision.WithEvents(patient, patient.Events.Append(request.Event)), cancellationToken);
    }

    /// <summary>Adds a dose change to one of the patient's sirolimus courses at the version quoted.</summary>
    public Task<RecordSaved> ChangeDoseAsync(ChangeDoseRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var edit = new Edit(request.Database, request.PatientId, request.ExpectedVersion, request.Actor);
        return SaveAsync(edit, patient => WithDoseChange(patient, request.CourseId, request.Change), cancellationToken);
    }

    private async Task<RecordSaved> SaveAsync(Edit edit, Func<Patient, Patient?> revise, CancellationToken cancellationToken)
    {
        try
        {
            IPatientStore store = await OpenAsync(edit.Database, StoreAccess.ReadWrite, edit.Actor, cancellationToken).ConfigureAwait(false);
            PatientVersion? stored = await store.FindAsync(edit.PatientId, cancellationToken).ConfigureAwait(false);
            if (stored is null)
            {
                return Refused(edit, NotStored(edit.PatientId));
            }

            return await WriteAsync(store, edit, stored, revise, cancellationToken).ConfigureAwait(false);
        }
        catch (ProblemException ex)
        {
            return Refused(edit, ex.Problem);
        }
    }

    private static async Task<RecordSaved> WriteAsync(IPatientStore store, Edit edit, PatientVersion stored, Func<Patient, Patient?> revise, CancellationToken cancellationToken)
    {
        Patient? revised = revise(stored.Patient);
        if (revised is null)
        {
            return Refused(edit, Problem.Error(ApplicationProblemCodes.InvalidRequest, "no sirolimus course with that id", ProblemLocation.OfRecord(edit.PatientId)));
        }

        IReadOnlyList<DomainIssue> issues = PatientValidator.Validate(revised);
        if (issues.Count > 0)
        {
            return new RecordSaved(edit.PatientId, null, [.. issues.Select(PatientFileProblems.From)]);
        }

        // The store compares the quoted version, not the one just read: an edit based on an old screen is a conflict.
        int version = await store.UpdateAsync(revised, edit.ExpectedVersion, cancellationToken).ConfigureAwait(false);
        return new RecordSaved(edit.PatientId, version, []);
    }

    private static Patient? WithDoseChange(Patient patient, string courseId, DoseChange change)
    {
        SirolimusCourse? course = patient.SirolimusCourses.FirstOrDefault(c => c.Id == courseId);
        if (course is null)
        {
            return null;
        }

        var changed = course with { DoseChanges = [.. course.DoseChanges.Append(change).OrderBy(c => c.Date)] };
        return PatientRevision.WithEvents(patient, patient.Events.Select(e => ReferenceEquals(e, course) ? changed : e));
    }

    private Task<IPatientStore> OpenAsync(string? database, StoreAccess access, string actor, CancellationToken cancellationToken) =>
        stores.OpenAsync(new StoreOpenRequest(database, access, actor), cancellationToken);

    private static Problem NotStored(string patientId) =>
        Problem.Error(ApplicationProblemCodes.PatientNotFound, "no patient with this id is stored", ProblemLocation.OfRecord(patientId));

    private static RecordSaved Refused(Edit edit, Problem problem) => new(edit.PatientId, null, [problem]);

    private sealed record Edit(string? Database, string PatientId, int ExpectedVersion, string Actor);
}
