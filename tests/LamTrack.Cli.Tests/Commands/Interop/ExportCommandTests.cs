using LamTrack.Cli.Infrastructure;

namespace LamTrack.Cli.Tests.Commands.Interop;

public sealed class ExportCommandTests
{
    [Fact]
    public void Export_DeidentifiedCsvFromAStoreFilledByInit_WritesOneStudyIdPerPatientAndNoPatientId()
    {
        using var dir = new TemporaryDirectory();
        string db = dir.File("clinic.db");
        Assert.Equal(ExitCodes.Ok, CliRunner.Run("init", "--db", db, "--import", PatientSource.BundledCaseSeries).ExitCode);

        (int code, string output, string error) = CliRunner.Run("export", "--csv", dir.File("out"), "--deidentify", "--db", db);

        Assert.True(code == ExitCodes.Ok, error);
        Assert.Contains("5 record(s)", output, StringComparison.Ordinal);
        Assert.Contains("(de-identified)", output, StringComparison.Ordinal);
        string[] records = File.ReadAllLines(Path.Combine(dir.File("out"), "records.csv"));
        Assert.StartsWith("study_id,", records[0], StringComparison.Ordinal);
        Assert.Equal(5, records.Skip(1).Select(r => r[..r.IndexOf(',', StringComparison.Ordinal)]).Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(records, r => r.Contains("case-", StringComparison.Ordinal));
    }

    [Fact]
    public void Export_FhirFromAStore_WritesTheSameBundlesAsFromFiles()
    {
        using var dir = new TemporaryDirectory();
        string db = dir.File("clinic.db");
        Assert.Equal(ExitCodes.Ok, CliRunner.Run("init", "--db", db, "--import", PatientSource.BundledCaseSeries).ExitCode);

        Assert.Equal(ExitCodes.Ok, CliRunner.Run("export", "--fhir", dir.File("files")).ExitCode);
        (int code, string output, string error) = CliRunner.Run("export", "--fhir", dir.File("db"), "--db", db);

        Assert.True(code == ExitCodes.Ok, error);
        Assert.Contains("5 collection Bundle(s)", output, StringComparison.Ordinal);
        foreach (string file in Directory.GetFiles(dir.File("files")).Select(Path.GetFileName)!)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(dir.File("files"), file)), File.ReadAllText(Path.Combine(dir.File("db"), file)));
        }
    }

    [Fact]
    public void Export_DataAndDbTogether_IsRefusedAndWritesNothing()
    {
        using var dir = new TemporaryDirectory();

        (int code, _, string error) = CliRunner.Run("export", "--csv", dir.File("out"), "--data", PatientSource.BundledCaseSeries, "--db", dir.File("clinic.db"));

        Assert.Equal(ExitCodes.InvalidData, code);
        Assert.Contains("either --data or --db", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir.File("out")));
    }
}
