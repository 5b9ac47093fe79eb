using System.Text;
using LamTrack.Application.Ports;
using LamTrack.Domain.Patients;
using LamTrack.PatientFiles;

namespace LamTrack.Application.Interop;

/// <summary>Writes imported patients as LamTrack patient files (<c>&lt;id&gt;.json</c>, docs/patient-file-format.md) into a folder
/// that <c>lamtrack report --data</c> reads. A file of the same id is replaced when its content differs and left alone
/// when it is identical, so importing twice gives one unchanged file.</summary>
public sealed class PatientFileImportTarget : IPatientImportTarget
{
    private static readonly UTF8Encoding s_utf8 = new(false);

    private readonly string _directory;

    /// <summary>Targets <paramref name="directory"/>, created when missing.</summary>
    public PatientFileImportTarget(string directory) => _directory = Path.GetFullPath(directory);

    /// <inheritdoc/>
    /// <remarks>Every changed file of a call is written to a temporary name first; only when all are written are they
    /// renamed into place, so a cancelled or failed call leaves the folder as it was.</remarks>
    public async Task<ImportWriteResult> WriteAsync(IReadOnlyList<Patient> patients, IProgress<int>? progress, CancellationToken cancellationToken)
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
                string text = PatientFileWriter.ToJson(patient) + "\n";
                cancellationToken.ThrowIfCancellationRequested();
                string? before = File.Exists(final) ? await File.ReadAllTextAsync(final, s_utf8, cancellationToken).ConfigureAwait(false) : null;
                if (before == text)
                {
                    unchanged.Add(patient.Id);
                }
                else
                {
                    (before is null ? created : updated).Add(patient.Id);
                    await File.WriteAllTextAsync(final + ".importing", text, s_utf8, cancellationToken).ConfigureAwait(false);
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

    private string PathOf(string patientId)
    {
        // Ids become file names; characters a file system cannot hold are replaced.
        char[] invalid = Path.GetInvalidFileNameChars();
        string name = new(patientId.Select(c => Array.IndexOf(invalid, c) >= 0 ? '_' : c).ToArray());
        return Path.Combine(_directory, name + ".json");
    }
}
