using LamTrack.Analytics.Cohort;
using LamTrack.Application.Records;
using LamTrack.Domain.Patients;
using LamTrack.PatientFiles;

namespace LamTrack.Application.Analysis;

/// <summary>Analyses a cohort as it streams in: each patient is analysed as she is read and only the caller's projection
/// of her analysis is kept, so a registry need not fit in memory, nor its patients' analyses.</summary>
/// <remarks>
/// The skip rule: an invalid record refuses the whole cohort unless <see cref="CohortAnalysisRequest.SkipInvalid"/> is
/// set, and even then a cohort with no valid patient is refused. The pooled figures come from
/// <see cref="CohortAnalyzer.Summarize"/> over the patients' totals.
/// </remarks>
public sealed class CohortAnalysisService(PatientSourceService sources)
{
    /// <summary>Analyses the cohort <paramref name="request"/> names.</summary>
    /// <typeparam name="T">What is kept of each patient.</typeparam>
    /// <param name="request">Which cohort, the options and the skip rule.</param>
    /// <param name="project">Makes what is kept of one patient's analysis; called on several threads at once.</param>
    /// <param name="totals">The totals of a kept projection, which the pooled figures are summed from.</param>
    /// <param name="progress">Told the bytes or patients read so far.</param>
    /// <param name="cancellationToken">Stops a read from a store.</param>
    public async Task<CohortAnalysisResult<T>> AnalyzeAsync<T>(CohortAnalysisRequest request, Func<PatientAnalysis, T> project, Func<T, PatientTotals> totals,
        IProgress<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(totals);
        AnalysisOptions options = request.Options;
        ProjectedLoadResult<T> loaded = await sources.LoadAsync(request.Source, (Patient patient) => project(PatientAnalyzer.Analyze(patient, options)), progress, cancellationToken)
            .ConfigureAwait(false);
        if (!loaded.IsValid && (!request.SkipInvalid || loaded.Items.Count == 0))
        {
            string why = loaded.Items.Count == 0 ? "no valid patient" : "use --skip-invalid to analyse the valid patients";
            return new CohortAnalysisResult<T>(null, [], loaded.Issues, loaded.InvalidRecords, why);
        }

        CohortAnalysis analysis = CohortAnalyzer.Summarize([.. loaded.Items.Select(totals)], options);
        return new CohortAnalysisResult<T>(analysis, loaded.Items, loaded.Issues, loaded.InvalidRecords, null);
    }
}
