using LamTrack.Domain.Patients;
using LamTrack.PatientFiles;

namespace LamTrack.Analytics.Tests;

/// <summary>The bundled case series (data/case-series), loaded once from the repository.</summary>
internal static class CaseSeries
{
    private static readonly Lazy<IReadOnlyList<Patient>> s_patients = new(Load);

    public static IReadOnlyList<Patient> Patients => s_patients.Value;

    public static Patient Case(int number) => Patients.Single(p => p.Id == $"case-{number}");

    private static IReadOnlyList<Patient> Load()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !Directory.Exists(Path.Combine(dir, "data", "case-series")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        PatientLoadResult result = PatientFileLoader.Load(Path.Combine(dir ?? throw new DirectoryNotFoundException("data/case-series"), "data", "case-series"));
        Assert.True(result.IsValid, string.Join("\n", result.Issues));
        return result.Patients;
    }
}
