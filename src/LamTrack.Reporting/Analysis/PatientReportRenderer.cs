using LamTrack.Analytics.Cohort;

namespace LamTrack.Reporting.Analysis;

/// <summary>Makes each patient's <see cref="PatientReport"/> as the cohort is read, on any thread.</summary>
/// <remarks>
/// Rendering each patient's <c>analysis.json</c> object while she is analysed (in parallel, as she is read) means a
/// registry keeps her totals and some bytes, not her whole analysis. On 100,000 patients that saved the collector
/// about a second and made writing the file a copy (docs/benchmarks/statistics.md). The first
/// <see cref="MaxKeptAnalyses"/> reports, in the order they are made, keep the whole analysis too: so a cohort of at
/// most that many keeps every one, and is written indented and tabled patient by patient in <c>analysis.md</c>. (A
/// report made for a record the loader then drops as a repeated id counts too: a cohort just under the limit with such
/// records is written compact, with the same content.)
/// </remarks>
public sealed class PatientReportRenderer
{
    /// <summary>Cohorts of at most this many patients keep every analysis: indented <c>analysis.json</c> and a patient table in <c>analysis.md</c>.</summary>
    public const int MaxKeptAnalyses = 1000;

    private int _rendered;

    /// <summary>Renders <paramref name="analysis"/>; thread-safe.</summary>
    public PatientReport Render(PatientAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        bool keep = Interlocked.Increment(ref _rendered) <= MaxKeptAnalyses;
        return new PatientReport(analysis.Totals, AnalysisJsonWriter.RenderPatient(analysis), keep ? analysis : null);
    }
}
