using LamTrack.Domain.Patients;
using LamTrack.Testing;

namespace LamTrack.Analytics.Tests;

/// <summary>The bundled case series (data/case-series), loaded once.</summary>
internal static class BundledCases
{
    private static readonly Lazy<IReadOnlyList<Patient>> s_patients = new(CaseSeriesData.LoadAll);

    public static IReadOnlyList<Patient> Patients => s_patients.Value;

    public static Patient Case(int number) => Patients.Single(p => p.Id == $"case-{number}");
}
