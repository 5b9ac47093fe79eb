using System.Collections.Concurrent;
using System.Text.Json;
using LamTrack.Domain.Patients;
using LamTrack.PatientFiles.Dto;
using LamTrack.PatientFiles.Reading;

namespace LamTrack.PatientFiles;

/// <summary>Reads patient files: one patient per <c>.json</c> file, one per line of a <c>.jsonl</c> file, or a folder of either.</summary>
/// <remarks>
/// Never throws for bad data: every problem becomes a <see cref="PatientFileIssue"/> naming file, line, patient, event
/// and field. A record with any problem is left out whole; nothing is half-read. JSON Lines records are parsed in
/// parallel and returned in line order.
/// </remarks>
public static class PatientFileLoader
{
    /// <summary>Loads every patient under <paramref name="path"/>.</summary>
    /// <param name="path">A .json or .jsonl file, or a folder searched recursively for both.</param>
    /// <param name="progress">Receives the number of records read so far, for a progress bar.</param>
    public static PatientLoadResult Load(string path, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var records = new List<RecordOutcome>();
        var issues = new List<PatientFileIssue>();
        foreach (string file in FilesUnder(path, issues))
        {
            records.AddRange(ReadFile(file, progress));
        }

        return Combine(records, issues);
    }

    private static IEnumerable<string> FilesUnder(string path, List<PatientFileIssue> issues)
    {
        if (File.Exists(path))
        {
            return [path];
        }

        if (Directory.Exists(path))
        {
            return Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal);
        }

        issues.Add(new PatientFileIssue(PatientFileIssueCodes.Unreadable, path, null, null, null, "path", "no such file or folder"));
        return [];
    }

    private static RecordOutcome[] ReadFile(string file, IProgress<int>? progress)
    {
        try
        {
            return file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) ? ReadLines(file, progress) : [ReadRecord(File.ReadAllText(file), file, null)];
        }
        catch (IOException ex)
        {
            return [RecordOutcome.Failed(new PatientFileIssue(PatientFileIssueCodes.Unreadable, file, null, null, null, "file", ex.Message))];
        }
        catch (UnauthorizedAccessException ex)
        {
            return [RecordOutcome.Failed(new PatientFileIssue(PatientFileIssueCodes.Unreadable, file, null, null, null, "file", ex.Message))];
        }
    }

    // Lines are read in batches and parsed in parallel, so that a large cohort never holds all of its text at once.
    private const int BatchLines = 4096;

    private static RecordOutcome[] ReadLines(string file, IProgress<int>? progress)
    {
        var outcomes = new List<RecordOutcome>();
        var batch = new List<string>(BatchLines);
        int lineNumber = 0;
        foreach (string line in File.ReadLines(file))
        {
            batch.Add(line);
            if (batch.Count == BatchLines)
            {
                outcomes.AddRange(ParseBatch(batch, file, lineNumber));
                lineNumber += batch.Count;
                batch.Clear();
                progress?.Report(lineNumber);
            }
        }

        outcomes.AddRange(ParseBatch(batch, file, lineNumber));
        progress?.Report(lineNumber + batch.Count);
        return [.. outcomes];
    }

    private static RecordOutcome[] ParseBatch(List<string> lines, string file, int firstLineIndex)
    {
        var outcomes = new RecordOutcome[lines.Count];
        Parallel.For(0, lines.Count, i =>
            outcomes[i] = string.IsNullOrWhiteSpace(lines[i]) ? RecordOutcome.Blank : ReadRecord(lines[i], file, firstLineIndex + i + 1));
        return outcomes;
    }

    internal static RecordOutcome ReadRecord(string json, string file, long? line)
    {
        PatientDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize<PatientDto>(json, PatientJson.Options);
        }
        catch (JsonException ex)
        {
            long? where = line ?? (ex.LineNumber + 1);
            string field = string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path;
            return RecordOutcome.Failed(new PatientFileIssue(PatientFileIssueCodes.MalformedJson, file, where, null, null, field, Clean(ex.Message)));
        }

        if (dto is null)
        {
            return RecordOutcome.Failed(new PatientFileIssue(PatientFileIssueCodes.MalformedJson, file, line, null, null, "$", "the record is null"));
        }

        (Patient? patient, IReadOnlyList<PatientFileIssue> issues) = PatientReader.Read(dto, file, line);
        return new RecordOutcome(patient, issues, $"{file}{(line is null ? string.Empty : $":{line}")} {dto.Id ?? "(no id)"}");
    }

    private static string Clean(string message) => message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0].Trim();

    private static PatientLoadResult Combine(List<RecordOutcome> records, List<PatientFileIssue> issues)
    {
        var patients = new List<Patient>();
        var invalid = new List<string>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (RecordOutcome r in records.Where(r => !r.IsBlank))
        {
            issues.AddRange(r.Issues);
            if (r.Patient is null)
            {
                invalid.Add(r.Label);
            }
            else if (!seen.TryAdd(r.Patient.Id, r.Label))
            {
                issues.Add(new PatientFileIssue(PatientFileIssueCodes.DuplicatePatientId, r.Label.Split(' ')[0], null, r.Patient.Id, null, "id", $"patient id '{r.Patient.Id}' is already used by {seen[r.Patient.Id]}"));
                invalid.Add(r.Label);
            }
            else
            {
                patients.Add(r.Patient);
            }
        }

        return new PatientLoadResult(patients, issues, invalid);
    }

    internal sealed record RecordOutcome(Patient? Patient, IReadOnlyList<PatientFileIssue> Issues, string Label)
    {
        public static RecordOutcome Blank { get; } = new(null, [], string.Empty) { IsBlank = true };

        public bool IsBlank { get; private init; }

        public static RecordOutcome Failed(PatientFileIssue issue) => new(null, [issue], $"{issue.File}{(issue.Line is null ? string.Empty : $":{issue.Line}")}");
    }
}
