using LamTrack.Domain.Patients;
using LamTrack.PatientFiles;
using LamTrack.Testing;

namespace LamTrack.PatientFiles.Tests;

public sealed class PatientFileWriterTests
{
    [Fact]
    public void ToJson_CaseSeries_RoundTripsToTheSameFile()
    {
        foreach (Patient patient in CaseSeriesData.LoadAll())
        {
            string written = PatientFileWriter.ToJson(patient);
            (Patient? again, IReadOnlyList<PatientFileIssue> issues) = PatientFileWriter.Parse(written, patient.Id);
            Assert.Empty(issues);
            Assert.Equal(written, PatientFileWriter.ToJson(again!));
            Assert.Equal(patient.AllEvents.Count(), again!.AllEvents.Count());
        }
    }

    [Fact]
    public void WriteJsonLines_ThenLoad_ReadsEveryPatientInOrder()
    {
        IReadOnlyList<Patient> patients = CaseSeriesData.LoadAll();
        string file = Path.Combine(Directory.CreateTempSubdirectory("lamtrack-jsonl-").FullName, "cohort.jsonl");
        using (var writer = new StreamWriter(file))
        {
            PatientFileWriter.WriteJsonLines(patients, writer);
        }

        PatientLoadResult result = PatientFileLoader.Load(file);
        Assert.True(result.IsValid);
        Assert.Equal(patients.Select(p => p.Id), result.Patients.Select(p => p.Id));
        File.Delete(file);
    }

    [Fact]
    public void Load_InvalidLineInJsonLines_NamesTheLineAndKeepsTheRest()
    {
        IReadOnlyList<Patient> patients = CaseSeriesData.LoadAll();
        string file = Path.Combine(Directory.CreateTempSubdirectory("lamtrack-jsonl-").FullName, "cohort.jsonl");
        var lines = patients.Select(PatientFileWriter.ToJsonLine).ToList();
        lines[2] = lines[2].Replace("\"side\":\"right\"", "\"side\":\"up\"", StringComparison.Ordinal);
        File.WriteAllLines(file, lines);
        PatientLoadResult result = PatientFileLoader.Load(file);
        Assert.Equal(4, result.Patients.Count);
        Assert.All(result.Issues, i => Assert.Equal((3L, "case-3"), (i.Line!.Value, i.PatientId!)));
        File.Delete(file);
    }
}
