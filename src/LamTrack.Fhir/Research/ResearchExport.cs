using LamTrack.Domain.Patients;
using NodaTime;

namespace LamTrack.Fhir.Research;

/// <summary>Writes the REDCap-style research export (records.csv and data_dictionary.csv): one row per patient plus
/// one per instance of each repeating instrument; de-identified when a <see cref="Deidentifier"/> is given
/// (docs/research-export.md).</summary>
public static class ResearchExport
{
    /// <summary>The record id field: <c>record_id</c> (identified) or <c>study_id</c> (de-identified).</summary>
    public static RedcapField RecordIdField(bool deidentified) =>
        deidentified ? new RedcapField("study_id", "demographics", "text", "Study id (random)") : new RedcapField("record_id", "demographics", "text", "LamTrack patient id", Identifier: true);

    /// <summary>Writes the export into <paramref name="directory"/>, all or nothing.</summary>
    /// <param name="patients">The patients.</param>
    /// <param name="directory">The target folder.</param>
    /// <param name="deidentifier">When given: random study ids replace patient ids, every date of a patient is shifted by
    /// the patient's random shift, ages over 89 are grouped and free-text and identifier fields are left out.</param>
    /// <param name="replace">Replace an earlier export in the folder as a whole (otherwise a non-empty folder is refused).</param>
    /// <returns>The number of data rows written.</returns>
    /// <exception cref="Export.ExportFolderException">The folder is not empty and may not be replaced; nothing was written.</exception>
    public static int Write(IEnumerable<Patient> patients, string directory, Deidentifier? deidentifier, bool replace = false)
    {
        ArgumentNullException.ThrowIfNull(patients);
        bool deidentified = deidentifier is not null;
        var forms = ResearchForms.All.Select(f => (Form: f, Instrument: f.Instrument(deidentified))).ToList();
        var records = patients.Select(p =>
        {
            StudySubject? subject = deidentifier?.SubjectFor(p.Id);
            return (Patient: p, RecordId: subject?.StudyId ?? p.Id, Context: new ExportContext(subject?.DateShift ?? Period.Zero, deidentified));
        }).ToList();

        // A de-identified file is sorted by study id, so row order says nothing about the source order.
        if (deidentified)
        {
            records.Sort((a, b) => string.CompareOrdinal(a.RecordId, b.RecordId));
        }

        var rows = records.SelectMany(r => forms.SelectMany(f => f.Form.Rows(r.Patient, r.RecordId, r.Context, f.Instrument))).ToList();
        RedcapCsvWriter.Write(directory, RecordIdField(deidentified), [.. forms.Select(f => f.Instrument)], rows, replace);
        return rows.Count;
    }
}
