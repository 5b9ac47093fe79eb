using LamTrack.Domain.Patients;
using LamTrack.PatientFiles.Loading;

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
    /// <param name="progress">Receives the bytes of a JSON Lines file read so far, for a progress bar.</param>
    public static PatientLoadResult Load(string path, IProgress<long>? progress = null)
        => PatientLoadResult.From(Load(path, patient => patient, progress));

    /// <summary>Loads every patient under <paramref name="path"/> and projects each valid one as soon as it is read.</summary>
    /// <remarks>
    /// For a large cohort: only the projections are kept, so memory grows with what <paramref name="project"/> keeps,
    /// not with the patients. <paramref name="project"/> runs in parallel and must be thread-safe. A patient whose
    /// id repeats an earlier one is reported (PF-020) and its projection dropped.
    /// </remarks>
    /// <typeparam name="T">What a patient becomes.</typeparam>
    /// <param name="path">A .json or .jsonl file, or a folder searched recursively for both.</param>
    /// <param name="project">Turns a valid patient into what the caller keeps.</param>
    /// <param name="progress">Receives the bytes of a JSON Lines file read so far, for a progress bar.</param>
    public static ProjectedLoadResult<T> Load<T>(string path, Func<Patient, T> project, IProgress<long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(project);
        var collector = new LoadCollector<T>();
        foreach (string file in FilesUnder(path, collector))
        {
            ReadFile(file, project, collector, progress);
        }

        return collector.Result();
    }

    private static IEnumerable<string> FilesUnder<T>(string path, LoadCollector<T> collector)
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

        collector.Add(new PatientFileIssue(PatientFileIssueCodes.Unreadable, path, null, null, null, "path", "no such file or folder"));
        return [];
    }

    private static void ReadFile<T>(string file, Func<Patient, T> project, LoadCollector<T> collector, IProgress<long>? progress)
    {
        try
        {
            if (file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
            {
                ReadLines(file, project, collector, progress);
            }
            else
            {
                collector.Add(RecordParser.Outcome(File.ReadAllText(file), file, null, project));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            collector.Add(RecordOutcome<T>.Failed(new PatientFileIssue(PatientFileIssueCodes.Unreadable, file, null, null, null, "file", ex.Message)));
        }
    }

    private static void ReadLines<T>(string file, Func<Patient, T> project, LoadCollector<T> collector, IProgress<long>? progress)
    {
        foreach (JsonLinesBatch batch in JsonLinesFile.ReadBatches(file))
        {
            if (batch.IsOversizedLine)
            {
                collector.Add(RecordOutcome<T>.Failed(new PatientFileIssue(PatientFileIssueCodes.TooLarge, file, batch.FirstLineNumber, null, null, "$",
                    $"the line is longer than {JsonLinesFile.MaxLineBytes:N0} bytes, the limit for one record; it was skipped unread")));
                continue;
            }

            var outcomes = new RecordOutcome<T>[batch.Lines.Count];
            Parallel.For(0, outcomes.Length, i => outcomes[i] = batch.IsBlank(i)
                ? RecordOutcome<T>.Blank
                : RecordParser.Outcome(batch.Line(i), file, batch.FirstLineNumber + i, project));
            collector.AddRange(outcomes);
            progress?.Report(batch.BytesRead);
        }
    }
}
