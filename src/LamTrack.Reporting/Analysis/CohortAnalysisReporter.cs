using LamTrack.Application.Analysis;
using LamTrack.Application.Records;

namespace LamTrack.Reporting.Analysis;

/// <summary>The use case behind <c>lamtrack analyze</c> and the web's cohort page: the streaming cohort analysis
/// (<see cref="CohortAnalysisService"/>) with each patient's report rendered as she is analysed
/// (<see cref="PatientReportRenderer"/>), so that a caller deals in settings, summaries and files only.</summary>
/// <param name="service">The cohort analysis.</param>
public sealed class CohortAnalysisReporter(CohortAnalysisService service)
{
    /// <summary>Analyses the patients of <paramref name="source"/>.</summary>
    /// <param name="source">Where the patients are.</param>
    /// <param name="settings">The analysis choices; <see cref="AnalysisSettings.Error"/> must be null.</param>
    /// <param name="skipInvalid">Analyse the valid patients and list the invalid ones, instead of refusing.</param>
    /// <param name="progress">Bytes or rows read, for a progress bar.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <exception cref="ArgumentException">The settings have an error.</exception>
    public async Task<CohortAnalysisReport> AnalyzeAsync(PatientSourceRequest source, AnalysisSettings settings, bool skipInvalid, IProgress<long>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Error() is { } error)
        {
            throw new ArgumentException(error, nameof(settings));
        }

        var renderer = new PatientReportRenderer();
        CohortAnalysisResult<PatientReport> result = await service.AnalyzeAsync(new CohortAnalysisRequest(source, settings.ToOptions(), skipInvalid),
            renderer.Render, report => report.Totals, progress, cancellationToken).ConfigureAwait(false);
        return new CohortAnalysisReport(result);
    }
}
