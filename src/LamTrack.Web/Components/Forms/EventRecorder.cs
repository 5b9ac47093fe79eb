using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LamTrack.Application.Ports;
using LamTrack.Application.Problems;
using LamTrack.Application.Records;
using LamTrack.Domain.Events;
using LamTrack.Domain.Patients;
using LamTrack.PatientFiles;

namespace LamTrack.Web.Components.Forms;

/// <summary>
/// Saves a form's event into a patient's record: the record is written out in the patient-file format, the event put
/// in, and the whole read back by the file reader, so a form is held to exactly the rules of a file. Nothing is
/// written when the reader finds a problem, or when the record changed since the form was opened (the version the
/// form was opened at is the one the save quotes).
/// </summary>
/// <remarks>
/// A new event or dose change is saved by <see cref="PatientRecordService"/>; an edit replaces the event through the
/// store port at the quoted version, as the service has no edit operation yet.
/// </remarks>
public sealed partial class EventRecorder(IPatientStore store, PatientRecordService records, string? database, string actor)
{
    private const string ConflictCode = "STORE-001";

    /// <summary>Saves <paramref name="values"/> of <paramref name="form"/> into the record the form was opened on.</summary>
    /// <param name="opened">The record and its version when the form was opened.</param>
    /// <param name="form">The event form.</param>
    /// <param name="values">The form's values keyed by field path.</param>
    /// <param name="editedId">The id of the event being edited, or null for a new event.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    public async Task<RecordingOutcome> SaveAsync(PatientVersion opened, EventForm form, IReadOnlyDictionary<string, string?> values, string? editedId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(opened);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(values);
        PatientVersion? current = await store.FindAsync(opened.Patient.Id, cancellationToken);
        if (current is null || current.Version != opened.Version)
        {
            return new RecordingOutcome { Conflict = RecordDiff.Describe(opened.Patient, current?.Patient, editedId) };
        }

        JsonObject file = JsonNode.Parse(PatientFileWriter.ToJson(opened.Patient))!.AsObject();
        string? placed = EventPlacement.Place(file, form, values, editedId);
        if (placed is not null)
        {
            return new RecordingOutcome { FieldProblems = new Dictionary<string, IReadOnlyList<string>> { ["course"] = [placed] } };
        }

        (Patient? patient, IReadOnlyList<PatientFileIssue> issues) = PatientFileWriter.Parse(file.ToJsonString(), "form");
        if (patient is null || issues.Count > 0)
        {
            return Refused(form, issues);
        }

        return editedId is null
            ? await RecordAsync(opened, form, patient, values, cancellationToken)
            : await UpdateAsync(opened, patient, editedId, cancellationToken);
    }

    private async Task<RecordingOutcome> RecordAsync(PatientVersion opened, EventForm form, Patient parsed, IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken)
    {
        string id = values.GetValueOrDefault("id")?.Trim() ?? string.Empty;
        ClinicalEvent added = parsed.AllEvents.First(e => e.Id == id);
        RecordSaved saved = added is DoseChange change
            ? await records.ChangeDoseAsync(new ChangeDoseRequest(database, opened.Patient.Id, opened.Version, values.GetValueOrDefault("course")!.Trim(), change, actor), cancellationToken)
            : await records.RecordEventAsync(new RecordEventRequest(database, opened.Patient.Id, opened.Version, added, actor), cancellationToken);
        if (saved.Saved)
        {
            return new RecordingOutcome { Saved = true, Version = saved.Version!.Value };
        }

        if (saved.Problems.Any(p => p.Code == ConflictCode))
        {
            PatientVersion? now = await store.FindAsync(opened.Patient.Id, cancellationToken);
            return new RecordingOutcome { Conflict = [.. saved.Problems.Select(p => $"{p.Code}: {p.Message}"), .. RecordDiff.Describe(opened.Patient, now?.Patient, null)] };
        }

        return new RecordingOutcome { FormProblems = [.. saved.Problems.Select(p => p.ToString())] };
    }

    private async Task<RecordingOutcome> UpdateAsync(PatientVersion opened, Patient patient, string? editedId, CancellationToken cancellationToken)
    {
        try
        {
            int version = await store.UpdateAsync(patient, opened.Version, cancellationToken);
            return new RecordingOutcome { Saved = true, Version = version };
        }
        catch (ProblemException conflict)
        {
            // The store refuses a write at a stale version; whoever saved in between is shown, and nothing is overwritten.
            PatientVersion? now = await store.FindAsync(opened.Patient.Id, cancellationToken);
            return new RecordingOutcome
            {
                Conflict = [$"{conflict.Problem.Code}: {conflict.Problem.Message}", .. RecordDiff.Describe(opened.Patient, now?.Patient, editedId)],
            };
        }
    }

    private static RecordingOutcome Refused(EventForm form, IReadOnlyList<PatientFileIssue> issues)
    {
        var byField = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string> general = [];
        foreach (PatientFileIssue issue in issues)
        {
            string message = $"{issue.Message} [{issue.Code}]";
            if (FieldOf(form, issue.Field) is string path)
            {
                (byField.TryGetValue(path, out List<string>? list) ? list : byField[path] = []).Add(message);
            }
            else
            {
                general.Add($"{issue.Field}: {message}");
            }
        }

        return new RecordingOutcome
        {
            FieldProblems = byField.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal),
            FormProblems = issues.Count == 0 ? ["the record could not be read back"] : general,
        };
    }

    // The reader names "events[3].result.value", "events[3].doseChanges[0].dose", or for a value that does not convert
    // the JSON path "$.events[3].result.value"; the form names "result.value".
    private static string? FieldOf(EventForm form, string issueField)
    {
        string local = EventPrefix().Replace(issueField, string.Empty);
        return form.AllFields
            .Select(f => f.Path)
            .Where(p => local == p || local.StartsWith(p + ".", StringComparison.Ordinal) || p.StartsWith(local + ".", StringComparison.Ordinal))
            .OrderByDescending(p => p.Length)
            .FirstOrDefault();
    }

    [GeneratedRegex(@"^(\$\.)?events\[\d+\]\.(doseChanges\[\d+\]\.)?")]
    private static partial Regex EventPrefix();
}
