using LamTrack.Domain.Patients;
using LamTrack.PatientFiles;

namespace LamTrack.Application.Tests;

/// <summary>The bundled case series (data/case-series), loaded once.</summary>
internal static class CaseSeries
{
    private static readonly Lazy<IReadOnlyList<Patient>> s_patients = new(() => PatientFileLoader.Load(Folder()).Patients);

    public static IReadOnlyList<Patient> Patients => s_patients.Value;

    public static Patient Case(string id) => Patients.Single(p => p.Id == id);

    private static string Folder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LamTrack.slnx")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("repository root not found"), "data", "case-series");
    }
}
