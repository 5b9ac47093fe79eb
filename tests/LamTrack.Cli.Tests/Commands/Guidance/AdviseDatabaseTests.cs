using System.Text.Json;
using LamTrack.Cli.Infrastructure;

namespace LamTrack.Cli.Tests.Commands.Guidance;

/// <summary><c>lamtrack advise --db</c> on a store filled by <c>init --import</c>.</summary>
public sealed class AdviseDatabaseTests
{
    [Fact]
    public void AdviseAll_FromStoreFilledByInitImport_GivesTheSameWorklistAsFromFiles()
    {
        using var dir = new TemporaryDirectory();
        string db = dir.File("clinic.db");
        (int init, _, string initError) = CliRunner.Run("init", "--db", db, "--import", PatientSource.BundledCaseSeries);
        Assert.True(init == 0, initError);

        (int fromFiles, string files, _) = CliRunner.Run("advise", "--all", "--as-of", "2016-06-20", "--json");
        (int fromDb, string stored, string error) = CliRunner.Run("advise", "--all", "--as-of", "2016-06-20", "--db", db, "--json");

        Assert.Equal((0, 0), (fromFiles, fromDb));
        Assert.Equal(files, stored);
        using JsonDocument doc = JsonDocument.Parse(stored);
        JsonElement patients = doc.RootElement.GetProperty("patients");
        Assert.Equal(5, patients.GetArrayLength());
        Assert.Equal("case-4", patients[0].GetProperty("patientId").GetString());
        Assert.True(error.Length == 0, error);
    }

    [Fact]
    public void AdviseAll_AsOfBeforeEveryRecord_FromStoreReportsErrorsAndExitsOne()
    {
        using var dir = new TemporaryDirectory();
        string db = dir.File("clinic.db");
        Assert.Equal(0, CliRunner.Run("init", "--db", db, "--import", PatientSource.BundledCaseSeries).Item1);

        (int code, _, string error) = CliRunner.Run("advise", "--all", "--as-of", "2000-01-01", "--db", db);

        Assert.Equal(1, code);
        Assert.Contains("case-4: ", error, StringComparison.Ordinal);
    }
}
