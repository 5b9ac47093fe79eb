using LamTrack.Domain.Patients;
using LamTrack.PatientFiles;

namespace LamTrack.Application.Tests;

/// <summary>The interaction scenario patients (tests/scenarios/interactions), loaded once.</summary>
internal static class Scenarios
{
    private static readonly Lazy<IReadOnlyList<Patient>> s_patients = new(Load);

    public static Patient Patient(string id) => s_patients.Value.Single(p => p.Id == id);

    private static IReadOnlyList<Patient> Load()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LamTrack.slnx")))
        {
            dir = dir.Parent;
        }

        string folder = Path.Combine(dir?.FullName ?? throw new InvalidOperationException("repository root not found"), "tests", "scenarios", "interactions");
        PatientLoadResult result = PatientFileLoader.Load(folder);
        return result.IsValid ? result.Patients : throw new InvalidOperationException(string.Join("; ", result.Issues));
    }
}
