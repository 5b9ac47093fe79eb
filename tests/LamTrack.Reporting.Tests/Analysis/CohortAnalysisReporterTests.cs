using LamTrack.Application.Analysis;
using LamTrack.Application.Ports;
using LamTrack.Application.Records;
using LamTrack.Reporting.Analysis;
using LamTrack.Testing;
using NodaTime;

namespace LamTrack.Reporting.Tests.Analysis;

public sealed class CohortAnalysisReporterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lamtrack-analysis-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task AnalyzeAsync_CaseSeries_SummarisesEachPeriodAndWritesTheFiles()
    {
        CohortAnalysisReport report = await Reporter().AnalyzeAsync(new PatientSourceRequest(CaseSeriesData.Folder, null), new AnalysisSettings(), false, null, CancellationToken.None);
        IReadOnlyList<string> written = report.WriteTo(_folder, Instant.FromUtc(2026, 12, 2, 0, 0), "case series");

        Assert.True(report.Succeeded);
        IReadOnlyList<string> lines = report.SummaryLines();
        Assert.StartsWith("Analysed 5 patient(s). Options: levels: CarryForward", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.TrimStart().StartsWith("before", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(lines, l => l.Contains("rate ratio on vs before", StringComparison.Ordinal));
        Assert.Equal(["analysis.json", "analysis.md", "km.png", "km.svg"], written.Select(Path.GetFileName));
    }

    [Fact]
    public async Task KaplanMeierPng_CaseSeries_IsAPngImage()
    {
        CohortAnalysisReport report = await Reporter().AnalyzeAsync(new PatientSourceRequest(CaseSeriesData.Folder, null), new AnalysisSettings(), false, null, CancellationToken.None);

        byte[] png = report.KaplanMeierPng();

        // The PNG signature (ISO/IEC 15948, section 5.2): before, the bytes were a BMP ("BM").
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
    }

    [Fact]
    public async Task AnalyzeAsync_PerSideCounting_ChangesTheOptionsLine()
    {
        var settings = new AnalysisSettings { Bilateral = AnalysisSettings.PerSideBilateral };

        CohortAnalysisReport report = await Reporter().AnalyzeAsync(new PatientSourceRequest(CaseSeriesData.Folder, null), settings, false, null, CancellationToken.None);

        Assert.Contains("bilateral: PerSide", report.SummaryLines()[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalyzeAsync_BadSettings_Throws()
    {
        var settings = new AnalysisSettings { TargetBand = "absent" };

        await Assert.ThrowsAsync<ArgumentException>(() => Reporter().AnalyzeAsync(new PatientSourceRequest(CaseSeriesData.Folder, null), settings, false, null, CancellationToken.None));
    }

    [Fact]
    public async Task AnalyzeAsync_NoValidPatient_IsRefusedAndWritesNothing()
    {
        string file = Path.Combine(_folder, "bad.json");
        File.WriteAllText(file, "{ \"id\": ");

        CohortAnalysisReport report = await Reporter().AnalyzeAsync(new PatientSourceRequest(file, null), new AnalysisSettings(), true, null, CancellationToken.None);

        Assert.False(report.Succeeded);
        Assert.NotNull(report.Refusal);
        Assert.Throws<InvalidOperationException>(() => report.WriteTo(Path.Combine(_folder, "out"), Instant.FromUtc(2026, 12, 2, 0, 0), "x"));
        Assert.False(Directory.Exists(Path.Combine(_folder, "out")));
    }

    private static CohortAnalysisReporter Reporter() => new(new CohortAnalysisService(new PatientSourceService(new NoStores())));

    // These tests read files only; a store is never opened.
    private sealed class NoStores : IPatientStoreFactory
    {
        public Task<IPatientStore> OpenAsync(StoreOpenRequest request, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("no store in these tests");
    }
}
