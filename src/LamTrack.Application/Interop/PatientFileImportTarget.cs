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

    // File name (as the file system compares names) → the patient of this import that takes it.
    private readonly Dictionary<string, string> _names = new(OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);

    /// <summary>Targets <paramref name="directory"/>, created when missing.</summary>
    public PatientFileImportTarget(string directory) => _directory = Path.GetFullPath(directory);

    /// <summary>Whether an imported patient whose file exists is merged into it (<see cref="PatientMerger"/>: events
    /// matched by id, none duplicated) instead of replacing it; for a second source of the same person.</summary>
    public bool MergeEvents { get; init; }

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
                cancellationToken.ThrowIfCancellationRequested();
                string? before = File.Exists(final) ? await File.ReadAllTextAsync(final, s_utf8, cancellationToken).ConfigureAwait(false) : null;
                string text = PatientFileWriter.ToJson(Merged(patient, before, final)) + "\n";
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

        try
        {
            staged.ForEach(s => File.Move(s.Temp, s.Final, overwrite: true));
        }
        finally
        {
            // A move that failed (a full disk, a file made read-only meanwhile) leaves no staged file behind.
            staged.Where(s => File.Exists(s.Temp)).ToList().ForEach(s => File.Delete(s.Temp));
        }

        return new ImportWriteResult(created, updated, unchanged);
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Ids become file names with the characters a file system cannot hold replaced, so two ids can meet in one name
    /// (<c>x/y</c> and <c>x_y</c> both become <c>x_y.json</c>); the second patient is refused rather than written over the first.
    /// </remarks>
    public string? Refusal(Patient patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        string name = Path.GetFileName(PathOf(patient.Id));
        if (_names.TryGetValue(name, out string? owner) && owner != patient.Id)
        {
            return $"patient '{patient.Id}' would be written to {name}, which patient '{owner}' of this input already takes";
        }

        if (owner is null && StoredIdOf(Path.Combine(_directory, name)) is { } stored && stored != patient.Id)
        {
            return $"patient '{patient.Id}' would be written to {name}, which holds patient '{stored}'";
        }

        _names[name] = patient.Id;
        return null;
    }

    /// <summary>The <c>id</c> of the patient file at <paramref name="path"/>, or null when there is none or it cannot be read.</summary>
    private static string? StoredIdOf(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(path));
            return document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object
                && document.RootElement.TryGetProperty("id", out System.Text.Json.JsonElement id) && id.ValueKind == System.Text.Json.JsonValueKind.String
                ? id.GetString()
                : null;
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or IOException or UnauthorizedAccessException)
        {
            // An unreadable file is replaced as before; only another patient's record is protected.
            return null;
        }
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
