using System.Text.Json.Nodes;
using LamTrack.Domain.Patients;
using LamTrack.PatientFiles;
using Xunit;

namespace LamTrack.Testing;

/// <summary>The bundled case series for tests, as files, as JSON to edit, and as domain patients.</summary>
public static class CaseSeriesData
{
    /// <summary>The repository root (the folder holding LamTrack.slnx).</summary>
    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LamTrack.slnx")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
        }
    }

    /// <summary>The folder data/case-series.</summary>
    public static string Folder => Path.Combine(RepositoryRoot, "data", "case-series");

    /// <summary>The five published cases, validated.</summary>
    public static IReadOnlyList<Patient> LoadAll()
    {
        PatientLoadResult result = PatientFileLoader.Load(Folder);
        Assert.True(result.IsValid, string.Join("\n", result.Issues));
        return result.Patients;
    }

    /// <summary>One case's file as an editable JSON tree.</summary>
    public static JsonObject Json(int caseNumber) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, $"case-{caseNumber}.json")))!.AsObject();

    /// <summary>The event with the given id in a case's JSON tree.</summary>
    public static JsonObject Event(JsonObject patient, string id) =>
        patient["events"]!.AsArray().Select(e => e!.AsObject()).Single(e => (string?)e["id"] == id);

    /// <summary>Parses an edited JSON tree into a patient, failing the test when it is invalid.</summary>
    public static Patient Parse(JsonObject patient)
    {
        (Patient? p, IReadOnlyList<PatientFileIssue> issues) = PatientFileWriter.Parse(patient.ToJsonString(), "edited.json");
        Assert.True(p is not null, string.Join("\n", issues));
        return p!;
    }

    /// <summary>Parses an edited JSON tree and returns its issues (empty when valid).</summary>
    public static IReadOnlyList<PatientFileIssue> Issues(JsonObject patient) =>
        PatientFileWriter.Parse(patient.ToJsonString(), "edited.json").Issues;
}
