using LamTrack.Application.Interop;
using LamTrack.Application.Problems;
using LamTrack.Domain.Patients;
using LamTrack.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using LamTrack.Testing;

namespace LamTrack.Application.Tests.Interop;

public sealed class PatientExportServiceTests : IDisposable
{
    private static readonly string s_siteKey = Convert.ToBase64String([.. Enumerable.Range(1, 32).Select(i => (byte)(i * 11))]);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"lamtrack-export-tests-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task ExportResearchAsync_TwiceWithoutAKey_SharesNoStudyId()
    {
        HashSet<string> first = await StudyIdsAsync(key: null, "a");
        HashSet<string> second = await StudyIdsAsync(key: null, "b");
        Assert.Equal(5, first.Count);
        Assert.Empty(first.Intersect(second));
    }

    [Fact]
    public async Task ExportResearchAsync_TwiceWithTheSameKey_GivesTheSameStudyIds()
    {
        HashSet<string> first = await StudyIdsAsync(s_siteKey, "a");
        HashSet<string> second = await StudyIdsAsync(s_siteKey, "b");
        Assert.Equal(5, first.Count);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task ExportResearchAsync_AnotherKey_SharesNoStudyId()
    {
        string otherKey = Convert.ToBase64String([.. Enumerable.Range(1, 32).Select(i => (byte)(i * 13))]);
        HashSet<string> first = await StudyIdsAsync(s_siteKey, "a");
        HashSet<string> second = await StudyIdsAsync(otherKey, "b");
        Assert.Empty(first.Intersect(second));
    }

    [Fact]
    public async Task ExportResearchAsync_ShortKey_FailsWithApp005AndWritesNothing()
    {
        using ServiceProvider services = Services(Convert.ToBase64String(new byte[16]));
        string folder = Path.Combine(_folder, "short");

        ExportReport report = await services.GetRequiredService<PatientExportService>()
            .ExportResearchAsync(new ResearchExportRequest(CaseSeriesData.LoadAll(), folder, Deidentify: true), CancellationToken.None);

        Assert.Equal(ApplicationProblemCodes.InvalidDeidentificationKey, report.Failure!.Code);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public async Task ExportFhirAsync_Ndjson_CountsResourcesPerType()
    {
        using ServiceProvider services = Services(null);
        IReadOnlyList<Patient> patients = CaseSeriesData.LoadAll();

        ExportReport report = await services.GetRequiredService<PatientExportService>()
            .ExportFhirAsync(new FhirExportRequest(patients, Path.Combine(_folder, "fhir"), Ports.FhirExportLayout.Ndjson), null, CancellationToken.None);

        Assert.Equal(5, report.Fhir!.Patients);
        Assert.Equal(5, report.Fhir.ResourceCounts["Patient"]);
        Assert.True(File.Exists(Path.Combine(_folder, "fhir", "Patient.ndjson")));
    }

    private async Task<HashSet<string>> StudyIdsAsync(string? key, string name)
    {
        using ServiceProvider services = Services(key);
        string folder = Path.Combine(_folder, name);
        ExportReport report = await services.GetRequiredService<PatientExportService>()
            .ExportResearchAsync(new ResearchExportRequest(CaseSeriesData.LoadAll(), folder, Deidentify: true), CancellationToken.None);
        Assert.Null(report.Failure);
        return [.. File.ReadAllLines(Path.Combine(folder, "records.csv")).Skip(1).Select(r => r[..r.IndexOf(',', StringComparison.Ordinal)])];
    }

    private static ServiceProvider Services(string? key)
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["LamTrack:Deidentification:Key"] = key })
            .Build();
        return new ServiceCollection().AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2024, 1, 1, 0, 0)))
            .AddLamTrack(configuration).BuildServiceProvider();
    }
}
