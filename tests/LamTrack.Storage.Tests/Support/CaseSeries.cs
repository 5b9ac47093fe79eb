using LamTrack.Domain.Patients;
using LamTrack.PatientFiles;

namespace LamTrack.Storage.Tests.Support;

/// <summary>The five published cases, read from the bundled patient files.</summary>
internal static class CaseSeries
{
    public static IReadOnlyList<Patient> Load()
    {
        PatientLoadResult result = PatientFileLoader.Load(Path.Combine(AppContext.BaseDirectory, "data", "case-series"));
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Issues));
        Assert.Equal(5, result.Patients.Count);
        return result.Patients;
    }
}
