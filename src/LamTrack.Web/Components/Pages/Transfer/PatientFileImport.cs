using LamTrack.Application.Ports;
using LamTrack.Domain.Patients;
using LamTrack.PatientFiles;

namespace LamTrack.Web.Components.Pages.Transfer;

/// <summary>Imports patient files (one JSON record, or JSON Lines) read by the file reader; a record with a problem is rejected whole and listed.</summary>
public static class PatientFileImport
{
    /// <summary>The outcome: records imported and the reader's problems, one line each with file, line, field and code.</summary>
    public sealed record Outcome(int Imported, IReadOnlyList<PatientFileIssue> Problems);

    /// <summary>Reads <paramref name="text"/> as the file <paramref name="name"/> and imports its valid records into <paramref name="store"/>.</summary>
    public static async Task<Outcome> ImportAsync(string name, string text, IPatientStore store, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(store);
        List<Patient> valid = [];
        List<PatientFileIssue> problems = [];
        string[] records = name.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) ? text.Split('\n') : [text];
        for (int line = 0; line < records.Length; line++)
        {
            if (string.IsNullOrWhiteSpace(records[line]))
            {
                continue;
            }

            (Patient? patient, IReadOnlyList<PatientFileIssue> issues) = PatientFileWriter.Parse(records[line], name);
            problems.AddRange(records.Length > 1 ? issues.Select(i => i with { Line = line + 1 }) : issues);
            if (patient is not null && issues.Count == 0)
            {
                valid.Add(patient);
            }

            progress?.Report(line + 1);
        }

        int imported = valid.Count == 0 ? 0 : await store.ImportAsync(valid, null, cancellationToken);
        return new Outcome(imported, problems);
    }
}
