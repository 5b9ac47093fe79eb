using LamTrack.Analytics.Cohort;

namespace LamTrack.Reporting.Analysis;

/// <summary>One patient's part of the analysis outputs, made by <see cref="PatientReportRenderer"/> as she is analysed.</summary>
/// <param name="Totals">What the pooled analysis needs from her (<see cref="CohortAnalyzer.Summarize"/>).</param>
/// <param name="Json">Her object in the <c>patients</c> array of <c>analysis.json</c>, compact UTF-8.</param>
/// <param name="Analysis">Her whole analysis while the cohort is small enough to be written indented and tabled in <c>analysis.md</c>; null beyond that.</param>
public readonly record struct PatientReport(PatientTotals Totals, ReadOnlyMemory<byte> Json, PatientAnalysis? Analysis)
{
    /// <summary>Whether every report keeps its analysis and there are at most <see cref="PatientReportRenderer.MaxKeptAnalyses"/>.</summary>
    internal static bool AllAnalysesKept(IReadOnlyList<PatientReport> reports) =>
        reports.Count <= PatientReportRenderer.MaxKeptAnalyses && reports.All(r => r.Analysis is not null);

    /// <summary>Throws unless there is one report per patient of <paramref name="analysis"/>.</summary>
    internal static void CheckOnePerPatient(CohortAnalysis analysis, IReadOnlyList<PatientReport> reports)
    {
        if (reports.Count != analysis.PatientCount)
        {
            throw new ArgumentException($"{reports.Count} patient report(s) for an analysis of {analysis.PatientCount} patient(s)", nameof(reports));
        }
    }
}
