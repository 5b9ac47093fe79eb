using LamTrack.Domain.Patients;
using LamTrack.Guidance.Engine;
using LamTrack.PatientFiles;

namespace LamTrack.Guidance.Tests.Scenarios;

/// <summary>The five published cases (data/case-series), loaded once through the patient-file reader.</summary>
internal static class CaseSeries
{
    private static readonly Lazy<Dictionary<string, Patient>> s_patients = new(Load);
    private static readonly GuidanceEngine s_engine = GuidanceEngine.CreateDefault();

    public static GuidanceReport At(string caseId, string asOf) =>
        s_engine.Evaluate(s_patients.Value[caseId], PatientBuilder.Day(asOf));

    private static Dictionary<string, Patient> Load()
    {
        PatientLoadResult result = PatientFileLoader.Load(Path.Combine(RepositoryRoot(), "data", "case-series"));
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Issues));
        return result.Patients.ToDictionary(p => p.Id);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LamTrack.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
