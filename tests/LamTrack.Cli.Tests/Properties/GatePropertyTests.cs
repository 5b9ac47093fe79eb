using System.Globalization;
using System.Text.Json.Nodes;
using CsCheck;
using LamTrack.Cli.Infrastructure;
using LamTrack.Domain.Patients;
using LamTrack.PatientFiles;

namespace LamTrack.Cli.Tests.Properties;

/// <summary>The validity gate as a property: for every generated record, either <c>validate</c> rejects it with a
/// located problem, or <c>report</c>, <c>analyze</c>, <c>advise</c>, <c>export --fhir</c> then <c>import --fhir</c>,
/// and <c>init --import</c> all succeed and the FHIR round trip gives the record back unchanged.</summary>
/// <remarks>
/// Records are batched into one JSON Lines cohort per command run (a process per record would take hours). CI runs
/// 1,000 records; set <c>LAMTRACK_GATE_RECORDS</c> to run more (docs/reliability.md gives the documented run).
/// Each batch alternates the FHIR form (NDJSON, Bundles), so both readers see every kind of record.
/// </remarks>
public sealed class GatePropertyTests
{
    private const int BatchSize = 250;
    private const ulong Seed = 20261202;

    private static int RecordCount =>
        int.TryParse(Environment.GetEnvironmentVariable("LAMTRACK_GATE_RECORDS"), NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0 ? n : 1000;

    [Fact]
    public void Commands_EveryGeneratedRecord_RejectedWithALocatedProblemOrHandledByEveryCommand()
    {
        int total = RecordCount;
        int accepted = 0;
        for (int start = 0, batch = 0; start < total; start += BatchSize, batch++)
        {
            accepted += RunBatch(Generate(start, Math.Min(BatchSize, total - start)), batch % 2 == 0 ? "--ndjson" : "--bundle");
        }

        // A generator that only makes rejected records would prove nothing.
        Assert.InRange(accepted, total / 3, total);
    }

    private static List<(JsonObject Json, RecordFlaw Flaw)> Generate(int start, int count)
    {
        var pcg = new PCG(1, Seed + (ulong)start);
        return [.. Enumerable.Range(start, count).Select(i => PatientRecordGen.Record($"gen-{i}").Generate(pcg, null, out _))];
    }

    private static int RunBatch(List<(JsonObject Json, RecordFlaw Flaw)> records, string fhirForm)
    {
        using var dir = new TemporaryDirectory();
        string cohort = dir.File("cohort.jsonl");
        File.WriteAllLines(cohort, records.Select(r => r.Json.ToJsonString()));
        PatientLoadResult loaded = PatientFileLoader.Load(cohort);
        AssertGate(records, loaded, cohort);

        string valid = dir.File("valid.jsonl");
        File.WriteAllLines(valid, loaded.Patients.Select(PatientFileWriter.ToJsonLine));
        Assert.Equal(ExitCodes.Ok, Run("validate", valid).ExitCode);
        Assert.Equal(records.Exists(r => r.Flaw != RecordFlaw.None) ? ExitCodes.InvalidData : ExitCodes.Ok, Run("validate", cohort).ExitCode);
        foreach (string[] args in Commands(dir, valid, fhirForm))
        {
            CliRun run = Run(args);
            Assert.True(run.ExitCode == ExitCodes.Ok, $"lamtrack {string.Join(' ', args)} exited {run.ExitCode}:\n{Head(run.Error)}");
        }

        AssertLossless(loaded.Patients, dir.File("imported"));
        return loaded.Patients.Count;
    }

    private static IEnumerable<string[]> Commands(TemporaryDirectory dir, string valid, string fhirForm) =>
    [
        ["report", "--data", valid, "--out", dir.File("report")],
        ["analyze", "--data", valid, "--out", dir.File("analysis")],
        ["advise", "--all", "--as-of", "2200-12-31", "--data", valid],
        ["export", "--data", valid, "--fhir", dir.File("fhir"), fhirForm],
        ["import", "--fhir", dir.File("fhir"), "--data", dir.File("imported"), "--no-profile-validation"],
        ["init", "--db", dir.File("store.db"), "--import", valid],
    ];

    // Every flawed record is rejected and every problem is located (file, line of the record, and a field).
    private static void AssertGate(List<(JsonObject Json, RecordFlaw Flaw)> records, PatientLoadResult loaded, string cohort)
    {
        var acceptedIds = loaded.Patients.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        for (int i = 0; i < records.Count; i++)
        {
            (JsonObject json, RecordFlaw flaw) = records[i];
            bool accepted = acceptedIds.Contains((string)json["id"]!);
            var problems = loaded.Issues.Where(issue => issue.Line == i + 1).ToList();
            Assert.True(accepted == (flaw == RecordFlaw.None), $"line {i + 1} ({flaw}): accepted={accepted}; {string.Join("; ", problems)}");
            Assert.True(accepted || problems.Count > 0, $"line {i + 1} ({flaw}) was rejected without a located problem");
            Assert.All(problems, p => Assert.True(p.File == cohort && p.Field.Length > 0, p.ToString()));
        }

        Assert.All(loaded.Issues, issue => Assert.NotNull(issue.Line));
    }

    // The FHIR round trip is lossless: each imported patient file is byte for byte the original's canonical form.
    private static void AssertLossless(IReadOnlyList<Patient> originals, string importedFolder)
    {
        PatientLoadResult imported = PatientFileLoader.Load(importedFolder);
        Assert.True(imported.IsValid, string.Join("\n", imported.Issues.Take(5)));
        var byId = imported.Patients.ToDictionary(p => p.Id, StringComparer.Ordinal);
        Assert.Equal(originals.Count, byId.Count);
        foreach (Patient original in originals)
        {
            Assert.True(byId.TryGetValue(original.Id, out Patient? back), $"{original.Id} was not imported");
            Assert.Equal(PatientFileWriter.ToJson(original), PatientFileWriter.ToJson(back));
        }
    }

    private static CliRun Run(params string[] args) => CliRun.Invoke(args);

    private static string Head(string text) => text.Length <= 4000 ? text : text[..4000] + "…";
}
