using LamTrack.Application.Analysis;
using LamTrack.Application.Records;
using LamTrack.Application.Reports;
using LamTrack.Reporting.Analysis;
using LamTrack.Reporting.CaseSeries;
using LamTrack.Web.Api;
using LamTrack.Web.Hosting;
using LamTrack.Web.Identity;
using NodaTime;

namespace LamTrack.Web.Components.Pages.Dashboard;

/// <summary>Makes the <see cref="CohortDashboard"/> from the store through the application's services, once per change
/// of the data (<see cref="CohortCache"/>), for the page and the API alike.</summary>
/// <remarks>Before, the page analysed the whole store and loaded every patient for Table 1 on each view, and four
/// concurrent views of a 100,000-patient store took 19 GB; now one computation serves every view until a write.</remarks>
public sealed class CohortDashboardSource(CohortCache cache, IServiceScopeFactory scopes, CohortAnalysisReporter analysis, CaseSeriesReportService reports,
    WebSettings settings, IClock clock) : IDisposable
{
    /// <summary>The largest cohort for which Table 1 and Figure 1 (a column and a lane per patient) are made.</summary>
    public const int PerPatientLimit = 500;

    private string? _documentFile;

    /// <summary>How old the dashboard page's figures may grow while the records change before they are made again
    /// (<see cref="GetRecentAsync"/>).</summary>
    public static readonly Duration PageMaxAge = Duration.FromMinutes(1);

    /// <summary>The current dashboard: made again after every change of the data, for the API's documents.</summary>
    public Task<CohortDashboard> GetAsync(CancellationToken cancellationToken) =>
        FromCacheAsync(database => cache.GetAsync(database, ComputeAsync, cancellationToken));

    /// <summary>The dashboard for the page: the cached one while it is younger than <see cref="PageMaxAge"/>, even if
    /// records changed since (then a new one is made in the background); the page shows when it was made.</summary>
    public Task<CohortDashboard> GetRecentAsync(CancellationToken cancellationToken) =>
        FromCacheAsync(database => cache.GetRecentAsync(database, ComputeAsync, PageMaxAge, cancellationToken));

    // The cache reads its generation counter through a database context of its own scope.
    private async Task<CohortDashboard> FromCacheAsync(Func<LamTrackIdentityDbContext, Task<CohortDashboard?>> get)
    {
        await using AsyncServiceScope scope = scopes.CreateAsyncScope();
        return (await get(scope.ServiceProvider.GetRequiredService<LamTrackIdentityDbContext>()))!;
    }

    private async Task<CohortDashboard?> ComputeAsync(CancellationToken cancellationToken)
    {
        var source = new PatientSourceRequest(null, settings.Store.Text);
        CohortAnalysisReport report = await analysis.AnalyzeAsync(source, new AnalysisSettings(), true, null, cancellationToken);
        if (!report.Succeeded)
        {
            return new CohortDashboard { Refusal = report.Refusal ?? "no valid patient", GeneratedAt = clock.GetCurrentInstant() };
        }

        string dataSource = settings.IsDemo ? "demo store (published cases)" : "database";
        Instant generatedAt = clock.GetCurrentInstant();
        // The Kaplan-Meier figures are drawn on the other core while the identified document is written: both only read
        // the finished analysis, and a cold dashboard waits for both (docs/benchmarks.md, issue 13).
        Task<(string Svg, byte[] Png)> figures = Task.Run(() => (report.KaplanMeierSvg(), report.KaplanMeierPng()), cancellationToken);
        string documentFile = await WriteDocumentAsync(report, generatedAt, dataSource, cancellationToken);
        using var pooled = new MemoryStream();
        report.WritePooledJson(pooled, generatedAt, dataSource);
        (string svg, byte[] png) = await figures;
        var dashboard = new CohortDashboard
        {
            GeneratedAt = generatedAt, PatientCount = report.PatientCount, OptionsText = report.OptionsText, TargetBand = report.TargetBand,
            TimeInTargetRangeFraction = report.TimeInTargetRangeFraction, DocumentFile = documentFile, DeidentifiedDocument = pooled.ToArray(),
            Figures = CohortDashboardFigures.Read(pooled.GetBuffer().AsSpan(0, (int)pooled.Length)),
            KaplanMeierSvg = svg, KaplanMeierPng = png,
        };
        return report.PatientCount > PerPatientLimit
            ? dashboard with { PerPatientRefusal = $"Table 1 and Figure 1 have a column and a lane per patient; this cohort has {report.PatientCount:N0} patients (the limit is {PerPatientLimit})." }
            : await WithPerPatientAsync(dashboard, source, cancellationToken);
    }

    private async Task<CohortDashboard> WithPerPatientAsync(CohortDashboard dashboard, PatientSourceRequest source, CancellationToken cancellationToken)
    {
        CaseSeriesReport table = await reports.BuildAsync(new CaseSeriesReportRequest(source), null, cancellationToken);
        return table.HasTable
            ? dashboard with { Table1 = CaseSeriesReportFiles.Text(table), Table1Csv = CaseSeriesReportFiles.Csv(table), Figure1Patients = table.Patients }
            : dashboard with { PerPatientRefusal = table.Refusal ?? "Table 1 cannot be made" };
    }

    /// <summary>Writes the identified document to a new file of this server's folder and deletes the one it replaces.</summary>
    private async Task<string> WriteDocumentAsync(CohortAnalysisReport report, Instant generatedAt, string dataSource, CancellationToken cancellationToken)
    {
        string path = Path.Combine(DocumentFolder.ForThisProcess(), $"analysis-{Guid.NewGuid():N}.json");
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read, 1 << 16, FileOptions.Asynchronous))
        {
            report.WriteJson(file, generatedAt, dataSource, listSkipped: true);
            await file.FlushAsync(cancellationToken);
        }

        DeleteDocument(Interlocked.Exchange(ref _documentFile, path));
        return path;
    }

    /// <summary>Deletes the current document when the server stops (a server that is killed leaves it to the next
    /// server's sweep, <see cref="DocumentFolder"/>).</summary>
    public void Dispose() => DeleteDocument(Interlocked.Exchange(ref _documentFile, null));

    private static void DeleteDocument(string? path)
    {
        if (path is null)
        {
            return;
        }

        // A download still reading the old file keeps it open; where the system refuses the delete, it stays.
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
    }
}
