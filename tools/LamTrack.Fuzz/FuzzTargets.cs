using LamTrack.Application.Ports;
using System.IO.Compression;
using System.Text;
using LamTrack.Domain.Patients;
using LamTrack.Fhir.Import;
using LamTrack.Guidance.Settings;
using LamTrack.PatientFiles;
using LamTrack.Pharmacokinetics.Data;
using LamTrack.Pharmacokinetics.Interactions;
using LamTrack.Pharmacokinetics.Models;

namespace LamTrack.Fuzz;

/// <summary>Every parser of the product that reads a user's file, each as a <see cref="FuzzTarget"/> with its seeds
/// from <c>corpus/NAME/</c>.</summary>
/// <remarks>Readers that take a path (JSON Lines, NDJSON, gzip, the FHIR importer) get the input as a file in
/// <paramref name="scratch"/>, so that the file-level code (line splitting, gzip, limits) is fuzzed too.</remarks>
public static class FuzzTargets
{
    private static readonly UTF8Encoding s_utf8 = new(false);

    /// <summary>All targets, in a fixed order.</summary>
    /// <param name="corpus">The corpus folder (one sub-folder per target).</param>
    /// <param name="scratch">A folder for the per-input files.</param>
    public static IReadOnlyList<FuzzTarget> All(string corpus, string scratch) =>
    [
        new("patient-json", Seeds(corpus, "patient-json"), Sync(PatientJson)),
        new("patient-jsonl", Seeds(corpus, "patient-jsonl"), Sync(input => PatientFileLoader.Load(Scratch(scratch, "in.jsonl", input)))),
        new("fhir-bundle", Seeds(corpus, "fhir-bundle"), input => ImportAsync(Scratch(scratch, "bundle.json", input))),
        new("fhir-ndjson", Seeds(corpus, "fhir-ndjson"), input => ImportAsync(Scratch(scratch, "in.ndjson", input))),
        new("fhir-ndjson-gzip", [.. Seeds(corpus, "fhir-ndjson").Select(Gzip)], input => ImportAsync(Scratch(scratch, "in.ndjson.gz", input))),
        new("nonmem-csv", Seeds(corpus, "nonmem-csv"), Sync(Nonmem)),
        new("model", Seeds(corpus, "model"), Sync(input => Coded<ModelFileException>(() => ModelFileReader.Parse(Text(input), "fuzz-model.json")))),
        new("interactions", Seeds(corpus, "interactions"), Sync(input => Coded<ModelFileException>(() => InteractionTable.Parse(Text(input), "fuzz-interactions.json")))),
        new("settings", Seeds(corpus, "settings"), Sync(input => Coded<GuidanceSettingsException>(() => GuidanceSettingsFile.Parse(Text(input), "fuzz-settings.json")))),
    ];

    private static void PatientJson(byte[] input)
    {
        (Patient? patient, IReadOnlyList<PatientFileIssue> issues) = PatientFileWriter.Parse(Text(input), "fuzz.json");
        if (patient is null == (issues.Count == 0))
        {
            throw new InvalidOperationException("a patient must come with no issues, and a rejected record with at least one");
        }
    }

    private static void Nonmem(byte[] input)
    {
        string[] lines = Text(input).Split('\n');
        Coded<DataFileException>(() => NonmemDataReader.Parse(lines, "fuzz.csv"));
    }

    private static async Task ImportAsync(string path)
    {
        ImportResult result = await new FhirImporter(new DiscardingTarget(), new ImportOptions(ValidateProfiles: false)).ImportAsync(path).ConfigureAwait(false);
        if (result.Rejected && !result.Problems.Any(p => p.IsError))
        {
            throw new InvalidOperationException("an import was rejected without an error");
        }
    }

    // A parser with no asynchronous reading runs to its end inside the call; its task is complete when it returns.
    private static Func<byte[], Task> Sync(Action<byte[]> parse) => input =>
    {
        parse(input);
        return Task.CompletedTask;
    };

    private static void Coded<TException>(Action parse)
        where TException : Exception
    {
        try
        {
            parse();
        }
        catch (TException)
        {
            // The parser's documented, coded rejection of bad input.
        }
    }

    private static string Text(byte[] input) => s_utf8.GetString(input);

    private static string Scratch(string folder, string name, byte[] input)
    {
        string path = Path.Combine(folder, name);
        File.WriteAllBytes(path, input);
        return path;
    }

    private static byte[] Gzip(byte[] plain)
    {
        using var memory = new MemoryStream();
        using (var gzip = new GZipStream(memory, CompressionLevel.Fastest))
        {
            gzip.Write(plain);
        }

        return memory.ToArray();
    }

    private static List<byte[]> Seeds(string corpus, string name) =>
        [.. Directory.EnumerateFiles(Path.Combine(corpus, name)).Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];

    /// <summary>Accepts imported patients and keeps nothing: the fuzzer tests reading, not writing.</summary>
    private sealed class DiscardingTarget : IPatientImportTarget
    {
        public Task<ImportWriteResult> WriteAsync(IReadOnlyList<Patient> patients, IProgress<int>? progress, CancellationToken cancellationToken) =>
            Task.FromResult(new ImportWriteResult([.. patients.Select(p => p.Id)], [], []));
    }
}
