using LamTrack.Domain.Patients;
using LamTrack.Fhir.Tests.Import;
using LamTrack.PatientFiles;

namespace LamTrack.Fhir.Tests.RoundTrip;

/// <summary>The five published cases, loaded once from data/case-series.</summary>
internal static class CaseSeries
{
    private static readonly Lazy<IReadOnlyList<Patient>> s_patients = new(() =>
    {
        PatientLoadResult loaded = PatientFileLoader.Load(Path.Combine(ImportIssueCodesTests.RepositoryRoot(), "data", "case-series"));
        Assert.True(loaded.IsValid, string.Join("; ", loaded.Issues));
        return loaded.Patients;
    });

    public static IReadOnlyList<Patient> Patients => s_patients.Value;

    public static NodaTime.Instant ExportTime => NodaTime.Instant.FromUtc(2026, 11, 27, 9, 0);
}
