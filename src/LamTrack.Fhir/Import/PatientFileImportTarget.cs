using System.Text;
using LamTrack.Domain.Patients;
using LamTrack.PatientFiles;

namespace LamTrack.Fhir.Import;

/// <summary>Writes imported patients as LamTrack patient files (<c>&lt;id&gt;.json</c>, the lead's format) into a folder
/// that <c>lamtrack report --data</c> reads. A file of the same id is replaced when its content differs and left alone
/// when it is identical, so importing twice gives one unchanged file.</summary>
public sealed class PatientFileImportTarget : IPatientImportTarget
{
    private static readonly UTF8Encoding s_utf8 = new(false);

    private readonly string _directory;

    /// <summary>Targets <paramref name="directory"/>, created when missing.</summary>
    public PatientFileImportTarget(string directory) => _directory = Path.GetFullPath(directory);

    /// <summary>Whether an imported patient whose file exists is merged into it (<see cref="PatientMerger"/>: events
    /// matched by id, none duplicated) instead of replacing it; for a second source of the same person.</summary>
    public bool MergeEvents { get; init; }

    /// <inheritdoc/>
    /// <remarks>Every changed file of a call is written to a temporary name first; only when all are written are they
    /// renamed into place.</remarks>
    public ImportWriteResult Write(IReadOnlyList<Patient> patients, IProgress<int>? progress)
    {
        ArgumentNullException.ThrowIfNull(patients);
        Directory.CreateDirectory(_directory);
        var staged = new List<(string Temp, string Final)>();
        List<string> created = [], updated = [], unchanged = [];
        try
        {
            foreach (Patient patient in patients)
            {
                string final = PathOf(patient.Id);
                string? before = File.Exists(final) ? File.ReadAllText(final, s_utf8) : null;
                string text = PatientFileWriter.ToJson(Merged(patient, before, final)) + "\n";
                if (before == text)
                {
                    unchanged.Add(patient.Id);
                }
                else
                {
                    (before is null ? created : updated).Add(patient.Id);
                    File.WriteAllText(final + ".importing", text, s_utf8);
                    staged.Add((final + ".importing", final));
                }

                progress?.Report(created.Count + updated.Count + unchanged.Count);
            }
        }
        catch
        {
            staged.ForEach(s => File.Delete(s.Temp));
            throw;
        }

        staged.ForEach(s => File.Move(s.Temp, s.Final, overwrite: true));
        return new ImportWriteResult(created, updated, unchanged);
    }

    private Patient Merged(Patient imported, string? before, string file)
    {
        if (!MergeEvents || before is null)
        {
            return imported;
        }

        (Patient? stored, _) = PatientFileWriter.Parse(before, file);
        return stored is null ? imported : PatientMerger.Merge(stored, imported);
    }

    private string PathOf(string patientId)
    {
        // Ids become file names; characters a file system cannot hold are replaced.
        char[] invalid = Path.GetInvalidFileNameChars();
        string name = new(patientId.Select(c => Array.IndexOf(invalid, c) >= 0 ? '_' : c).ToArray());
        return Path.Combine(_directory, name + ".json");
    }
}
