using LamTrack.Cli.Commands.Storage;
using LamTrack.Cli.Infrastructure;
using LamTrack.Hosting.Storage;
using LamTrack.Cli.Tests.Commands.Storage;
using LamTrack.Storage.Patients;
using Microsoft.Data.Sqlite;
using NodaTime.Testing;

namespace LamTrack.Cli.Tests.Commands.Interop;

/// <summary>Exports are complete sets, a manifest says what an import reads, and a target's limits are checked before the first write.</summary>
public sealed class ImportExportSafetyTests
{
    [Fact]
    public void Export_IntoANonEmptyFolder_IsRefusedUnlessForced()
    {
        using var dir = new TemporaryDirectory();
        Assert.Equal(ExitCodes.Ok, CliRunner.Run("export", "--fhir", dir.File("fhir"), "--ndjson").ExitCode);

        (int again, _, string error) = CliRunner.Run("export", "--fhir", dir.File("fhir"), "--ndjson");
        (int forced, _, string forcedError) = CliRunner.Run("export", "--fhir", dir.File("fhir"), "--ndjson", "--force");

        StorageFailureTests.AssertCoded(again, error, "FHIR-EXP-001");
        Assert.True(forced == ExitCodes.Ok, forcedError);
    }

    [Fact]
    public void Export_ForcedOverAnEarlierExport_LeavesNoStaleFile()
    {
        using var dir = new TemporaryDirectory();
        Assert.Equal(ExitCodes.Ok, CliRunner.Run("export", "--fhir", dir.File("fhir"), "--ndjson").ExitCode);
        // A file of an even earlier export that this one does not write.
        File.Copy(Path.Combine(dir.File("fhir"), "Condition.ndjson"), Path.Combine(dir.File("fhir"), "Immunization.ndjson"));

        (int code, _, string error) = CliRunner.Run("export", "--fhir", dir.File("fhir"), "--ndjson", "--force");

        Assert.True(code == ExitCodes.Ok, error);
        Assert.False(File.Exists(Path.Combine(dir.File("fhir"), "Immunization.ndjson")));
        Assert.True(File.Exists(Path.Combine(dir.File("fhir"), "manifest.json")));
    }

    [Fact]
    public void Export_ForcedOverAFolderHoldingOtherFiles_IsRefusedAndTheFilesStay()
    {
        using var dir = new TemporaryDirectory();
        Directory.CreateDirectory(dir.File("mine"));
        File.WriteAllText(Path.Combine(dir.File("mine"), "thesis.docx"), "keep me");

        (int code, _, string error) = CliRunner.Run("export", "--fhir", dir.File("mine"), "--force");

        StorageFailureTests.AssertCoded(code, error, "FHIR-EXP-001");
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(dir.File("mine"), "thesis.docx")));
    }

    [Fact]
    public async Task Import_StaleNdjsonFileBesideTheManifest_IsNotRead()
    {
        using var dir = new TemporaryDirectory();
        string db = dir.File("clinic.db");
        Assert.Equal(ExitCodes.Ok, CliRunner.Run("init", "--db", db).ExitCode);
        Assert.Equal(ExitCodes.Ok, CliRunner.Run("export", "--fhir", dir.File("fhir"), "--ndjson").ExitCode);
        // The case: a later export wrote no Encounter.ndjson (the stays were deleted), so its manifest does not
        // list the file an earlier export left. Read, the stale file would bring the stays back; here it also ends in a
        // line that is not JSON, which would reject the whole input if it were read.
        string manifest = Path.Combine(dir.File("fhir"), "manifest.json");
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(manifest))!;
        System.Text.Json.Nodes.JsonArray listed = json["output"]!.AsArray();
        listed.Remove(listed.Single(o => (string?)o!["url"] == "Encounter.ndjson"));
        File.WriteAllText(manifest, json.ToJsonString());
        File.AppendAllText(Path.Combine(dir.File("fhir"), "Encounter.ndjson"), "not json\n");

        (int code, string output, string error) = CliRunner.Run("import", "--fhir", dir.File("fhir"), "--db", db);

        Assert.True(code == ExitCodes.Ok, error);
        Assert.Contains("FHIR-IMP-022", error, StringComparison.Ordinal);
        Assert.Contains("Encounter.ndjson", error, StringComparison.Ordinal);
        Assert.Contains("(5 new, 0 updated, 0 unchanged)", output, StringComparison.Ordinal);
        var store = new PatientStore(await DatabaseLocator.OpenExistingAsync(db, CancellationToken.None), new FakeClock(CliRunner.Now), "test");
        Assert.Equal(5, (await store.ListIdentifiersAsync()).Count);
    }

    [Fact]
    public void Import_ManifestListsAMissingFile_IsRejected()
    {
        using var dir = new TemporaryDirectory();
        Assert.Equal(ExitCodes.Ok, CliRunner.Run("export", "--fhir", dir.File("fhir"), "--ndjson").ExitCode);
        File.Delete(Path.Combine(dir.File("fhir"), "Condition.ndjson"));

        (int code, _, string error) = CliRunner.Run("import", "--fhir", dir.File("fhir"), "--data", dir.File("out"));

        Assert.Equal(ExitCodes.InvalidData, code);
        Assert.Contains("lists Condition.ndjson, which is not in the folder", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportDb_IdentifierTooLongForTheStore_RejectsBeforeTheFirstWriteOrIsSkipped()
    {
        using var dir = new TemporaryDirectory();
        string db = dir.File("clinic.db");
        Assert.Equal(ExitCodes.Ok, CliRunner.Run("init", "--db", db).ExitCode);
        ExportWithIdentifiers(dir, ("case-4", new string('x', 200)));

        (int rejected, _, string error) = CliRunner.Run("import", "--fhir", dir.File("fhir"), "--db", db);
        var store = new PatientStore(await DatabaseLocator.OpenExistingAsync(db, CancellationToken.None), new FakeClock(CliRunner.Now), "test");
        int storedAfterRejection = (await store.ListIdentifiersAsync()).Count;
        (int skipped, string output, string skipError) = CliRunner.Run("import", "--fhir", dir.File("fhir"), "--db", db, "--skip-invalid");

        Assert.Equal(ExitCodes.InvalidData, rejected);
        // The record rules (DOM-008: FHIR id grammar, at most 64 characters) now stop such an id before the store's own
        // limit (FHIR-IMP-021, 128 characters) is asked; either way nothing is written first.
        Assert.Contains("DOM-008", error, StringComparison.Ordinal);
        Assert.DoesNotContain("re-running", error, StringComparison.Ordinal);
        Assert.Equal(0, storedAfterRejection);
        Assert.True(skipped == ExitCodes.Ok, skipError);
        Assert.Contains("4 patient(s) imported", output, StringComparison.Ordinal);
        Assert.Equal(["case-1", "case-2", "case-3", "case-5"], await store.ListIdentifiersAsync());
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public void ImportData_TwoIdentifiersMeetInOneFileName_RejectsWithoutWritingOrLeavingTemporaryFiles()
    {
        using var dir = new TemporaryDirectory();
        ExportWithIdentifiers(dir, ("case-1", "x/y"), ("case-2", "x_y"));

        (int rejected, _, string error) = CliRunner.Run("import", "--fhir", dir.File("fhir"), "--data", dir.File("out"));
        bool anyWritten = Directory.Exists(dir.File("out")) && Directory.EnumerateFileSystemEntries(dir.File("out")).Any();
        (int skipped, _, string skipError) = CliRunner.Run("import", "--fhir", dir.File("fhir"), "--data", dir.File("out"), "--skip-invalid");

        Assert.Equal(ExitCodes.InvalidData, rejected);
        // 'x/y' breaks the record rules (DOM-008) before the file-name clash with 'x_y' (FHIR-IMP-021) is asked.
        Assert.Contains("DOM-008", error, StringComparison.Ordinal);
        Assert.False(anyWritten);
        Assert.True(skipped == ExitCodes.Ok, skipError);
        // The untouched patients are imported; of the two renamed ones, 'x/y' is refused by the record rules, and in this
        // NDJSON export her unit also holds the resources that name 'x/y' in a reference, so it is skipped whole.
        Assert.Superset(new HashSet<string>(["case-3.json", "case-4.json", "case-5.json"]),
            Directory.GetFiles(dir.File("out"), "*.json").Select(Path.GetFileName).ToHashSet()!);
        Assert.Empty(Directory.GetFiles(dir.File("out"), "*.importing"));
    }

    /// <summary>Exports the case series as NDJSON with some patients' identifiers replaced.</summary>
    private static void ExportWithIdentifiers(TemporaryDirectory dir, params (string From, string To)[] renames)
    {
        Assert.Equal(ExitCodes.Ok, CliRunner.Run("export", "--fhir", dir.File("fhir"), "--ndjson").ExitCode);
        string patients = Path.Combine(dir.File("fhir"), "Patient.ndjson");
        string text = File.ReadAllText(patients);
        foreach ((string from, string to) in renames)
        {
            string before = $"\"value\":\"{from}\"";
            Assert.Contains(before, text, StringComparison.Ordinal);
            text = text.Replace(before, $"\"value\":\"{to}\"", StringComparison.Ordinal);
        }

        File.WriteAllText(patients, text);
    }
}
