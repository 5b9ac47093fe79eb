using LamTrack.Cli.Commands.Storage;
using LamTrack.Hosting.Storage;
using LamTrack.Cli.Infrastructure;
using LamTrack.Storage.Patients;
using NodaTime.Testing;

namespace LamTrack.Cli.Tests.Commands.Interop;

/// <summary><c>lamtrack import --fhir</c> into a database: the five published cases survive export, import into an
/// empty store, and give the same report and analysis as the patient files.</summary>
public sealed class ImportCommandTests
{
    [Theory]
    [InlineData("--ndjson")] // bulk-data NDJSON, one file per resource type
    [InlineData("--bundle")] // one collection Bundle per patient
    public void Import_CaseSeriesIntoEmptyDatabase_ReportAndAnalyzeMatchTheFiles(string format)
    {
        using var dir = new TemporaryDirectory();
        string db = ImportedDatabase(dir, format);

        foreach (string command in new[] { "report", "analyze" })
        {
            (int fromFiles, string filesOutput, string filesError) = CliRunner.Run(command, "--out", dir.File(command + "-files"));
            (int fromDb, string dbOutput, string dbError) = CliRunner.Run(command, "--db", db, "--out", dir.File(command + "-db"));

            Assert.True(fromFiles == 0 && fromDb == 0, filesError + dbError);
            AssertSameFiles(dir.File(command + "-files"), dir.File(command + "-db"));
            Assert.Equal(filesOutput.Replace(dir.File(command + "-files"), "OUT", StringComparison.Ordinal),
                dbOutput.Replace(dir.File(command + "-db"), "OUT", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Import_Twice_LeavesTheStoredPatientsUnchanged()
    {
        using var dir = new TemporaryDirectory();
        string db = ImportedDatabase(dir, "--ndjson");

        (int code, string output, string error) = CliRunner.Run("import", "--fhir", dir.File("fhir"), "--db", db, "--no-profile-validation");

        Assert.True(code == ExitCodes.Ok, error);
        Assert.Contains("5 patient(s) imported", output, StringComparison.Ordinal);
        Assert.Contains("(0 new, 0 updated, 5 unchanged)", output, StringComparison.Ordinal);
        Assert.Contains("validation off", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ChangedPatient_StoresANewAuditedVersion()
    {
        using var dir = new TemporaryDirectory();
        string db = ImportedDatabase(dir, "--bundle");
        string bundle = Path.Combine(dir.File("fhir"), "case-1.json");
        File.WriteAllText(bundle, File.ReadAllText(bundle).Replace("\"text\": \"Case 1\"", "\"text\": \"Case one\"", StringComparison.Ordinal));

        (int code, string output, string error) = CliRunner.Run("import", "--fhir", bundle, "--db", db, "--no-profile-validation");

        Assert.True(code == ExitCodes.Ok, error);
        Assert.Contains("(0 new, 1 updated, 0 unchanged)", output, StringComparison.Ordinal);
        Assert.Contains("FHIR-IMP-020", error, StringComparison.Ordinal);
        var store = new PatientStore(await DatabaseLocator.OpenExistingAsync(db, CancellationToken.None), new FakeClock(CliRunner.Now), "test");
        var history = await store.HistoryAsync("case-1");
        Assert.Equal([1, 2], history.Select(h => h.Version));
        Assert.Contains("Case one", history[1].AfterJson ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_RejectedInput_WritesNothingToTheDatabase()
    {
        using var dir = new TemporaryDirectory();
        string db = dir.File("clinic.db");
        Assert.Equal(ExitCodes.Ok, CliRunner.Run("init", "--db", db).ExitCode);
        Assert.Equal(ExitCodes.Ok, CliRunner.Run("export", "--fhir", dir.File("fhir"), "--ndjson").ExitCode);
        string observations = Path.Combine(dir.File("fhir"), "Observation.ndjson");
        // One trough level in ng/dL: a wrong unit rejects the whole input.
        string[] lines = File.ReadAllLines(observations);
        int trough = Array.FindIndex(lines, l => l.Contains("29247-4", StringComparison.Ordinal) && l.Contains("\"code\":\"ng/mL\"", StringComparison.Ordinal));
        lines[trough] = lines[trough].Replace("\"code\":\"ng/mL\"", "\"code\":\"ng/dL\"", StringComparison.Ordinal);
        File.WriteAllLines(observations, lines);

        (int code, _, string error) = CliRunner.Run("import", "--fhir", dir.File("fhir"), "--db", db, "--no-profile-validation");

        Assert.Equal(ExitCodes.InvalidData, code);
        Assert.Contains("FHIR-IMP-008", error, StringComparison.Ordinal);
        Assert.Contains($"Observation.ndjson:{trough + 1}", error, StringComparison.Ordinal);
        Assert.Contains("nothing was imported", error, StringComparison.Ordinal);
        var store = new PatientStore(await DatabaseLocator.OpenExistingAsync(db, CancellationToken.None), new FakeClock(CliRunner.Now), "test");
        Assert.Empty(await store.ListIdentifiersAsync());
    }

    [Theory]
    [InlineData("")] // neither target
    [InlineData("--data x --db y.db")] // both targets
    public void Import_NotExactlyOneTarget_IsAUsageError(string targets)
    {
        (int code, _, string error) = CliRunner.Run(["import", "--fhir", "in", .. targets.Split(' ', StringSplitOptions.RemoveEmptyEntries)]);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("exactly one of --data DIR or --db CONNECTION", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_DatabaseNotInitialised_ExitsOneNamingTheDatabase()
    {
        using var dir = new TemporaryDirectory();
        Assert.Equal(ExitCodes.Ok, CliRunner.Run("export", "--fhir", dir.File("fhir"), "--ndjson").ExitCode);

        (int code, _, string error) = CliRunner.Run("import", "--fhir", dir.File("fhir"), "--db", dir.File("missing.db"));

        Assert.Equal(ExitCodes.InvalidData, code);
        Assert.Contains("STORE-008", error, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("missing.db")));
    }

    [Fact]
    public void Import_MergeOfTheSameExport_WritesNothing()
    {
        using var dir = new TemporaryDirectory();
        string db = ImportedDatabase(dir, "--ndjson");

        (int code, string output, string error) = CliRunner.Run("import", "--fhir", dir.File("fhir"), "--db", db, "--merge");

        Assert.True(code == ExitCodes.Ok, error);
        Assert.Contains("(0 new, 0 updated, 5 unchanged)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_PatientIdentifierSystemNotAnAbsoluteUri_IsAUsageErrorNamingTheOption()
    {
        (int code, _, string error) = CliRunner.Run("import", "--fhir", "in", "--data", "out", "--patient-identifier-system", "mrn");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--patient-identifier-system: 'mrn' is not an absolute URI", error, StringComparison.Ordinal);
    }

    private static string ImportedDatabase(TemporaryDirectory dir, string format)
    {
        string db = dir.File("clinic.db");
        Assert.Equal(ExitCodes.Ok, CliRunner.Run("init", "--db", db).ExitCode);
        (int exported, _, string exportError) = CliRunner.Run("export", "--fhir", dir.File("fhir"), format);
        Assert.True(exported == ExitCodes.Ok, exportError);
        (int imported, string output, string error) = CliRunner.Run("import", "--fhir", dir.File("fhir"), "--db", db, "--no-profile-validation");
        Assert.True(imported == ExitCodes.Ok, error);
        Assert.Contains("(5 new, 0 updated, 0 unchanged)", output, StringComparison.Ordinal);
        return db;
    }

    private static void AssertSameFiles(string expected, string actual)
    {
        string[] names = [.. Directory.GetFiles(expected).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];
        Assert.Equal(names, Directory.GetFiles(actual).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal));
        // SVGs are left out: ScottPlot numbers their element ids per process, so two renders differ anyway.
        foreach (string name in names.Where(n => !n.EndsWith(".svg", StringComparison.Ordinal)))
        {
            if (name.StartsWith("analysis.", StringComparison.Ordinal))
            {
                // The analysis names where its patients came from; that line differs by design, and only that line.
                Assert.Equal(WithoutSource(File.ReadAllText(Path.Combine(expected, name)), "bundled case series"),
                    WithoutSource(File.ReadAllText(Path.Combine(actual, name)), "database"));
            }
            else
            {
                Assert.True(File.ReadAllBytes(Path.Combine(expected, name)).SequenceEqual(File.ReadAllBytes(Path.Combine(actual, name))), $"{name} differs");
            }
        }
    }

    private static string WithoutSource(string text, string source)
    {
        string[] forms = [$"\"source\": \"{source}\"", $"from `{source}`"];
        string? form = forms.FirstOrDefault(f => text.Contains(f, StringComparison.Ordinal));
        Assert.True(form is not null, $"no source '{source}' in the analysis");
        return text.Replace(form, "SOURCE", StringComparison.Ordinal);
    }
}
