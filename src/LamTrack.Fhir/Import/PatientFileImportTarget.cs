using System.Text;
using LamTrack.Domain.Patients;
using LamTrack.PatientFiles;

namespace LamTrack.Fhir.Import;

/// <summary>Writes imported patients as LamTrack patient files (<c>&lt;id&gt;.json</c>, the lead's format) into a folder
/// that <c>lamtrack report --data</c> reads. A file of the same id is replaced, so importing twice gives one file.</summary>
public sealed class PatientFileImportTarget : IPatientImportTarget
{
    private readonly string _directory;

    /// <summary>Targets <paramref name="directory"/>, created when missing.</summary>
    public PatientFileImportTarget(string directory) => _directory = Path.GetFullPath(directory);

    /// <inheritdoc/>
    public bool Contains(string patientId) => File.Exists(PathOf(patientId));

    /// <inheritdoc/>
    /// <remarks>Every file is written to a temporary name first; only when all are written are they renamed into place.</remarks>
    public void Write(IReadOnlyList<Patient> patients)
    {
        ArgumentNullException.ThrowIfNull(patients);
        Directory.CreateDirectory(_directory);
        var staged = new List<(string Temp, string Final)>();
        try
        {
            foreach (Patient patient in patients)
            {
                string final = PathOf(patient.Id);
                string temp = final + ".importing";
                File.WriteAllText(temp, PatientFileWriter.ToJson(patient) + "\n", new UTF8Encoding(false));
                staged.Add((temp, final));
            }
        }
        catch
        {
            staged.ForEach(s => File.Delete(s.Temp));
            throw;
        }

        staged.ForEach(s => File.Move(s.Temp, s.Final, overwrite: true));
    }

    private string PathOf(string patientId)
    {
        // Ids become file names; characters a file system cannot hold are replaced.
        char[] invalid = Path.GetInvalidFileNameChars();
        string name = new(patientId.Select(c => Array.IndexOf(invalid, c) >= 0 ? '_' : c).ToArray());
        return Path.Combine(_directory, name + ".json");
    }
}
