using LamTrack.Analytics.Cohort;
using LamTrack.Application.Problems;
using LamTrack.PatientFiles;

namespace LamTrack.Application.Analysis;

/// <summary>A cohort's analysis, with each patient's projection as the caller made it; or why there is none.</summary>
/// <typeparam name="T">What the caller keeps of each patient's analysis (for example her rendered output).</typeparam>
/// <param name="Analysis">The pooled analysis; null when refused.</param>
/// <param name="Patients">One projection per analysed patient, in source order.</param>
/// <param name="Issues">Every problem in the patient data (with <see cref="CohortAnalysisRequest.SkipInvalid"/>, those of the skipped records).</param>
/// <param name="InvalidRecords">One entry per invalid record.</param>
/// <param name="Refusal">Why nothing was analysed; null when <paramref name="Analysis"/> is set.</param>
public sealed record CohortAnalysisResult<T>(CohortAnalysis? Analysis, IReadOnlyList<T> Patients, IReadOnlyList<PatientFileIssue> Issues, IReadOnlyList<string> InvalidRecords, string? Refusal)
{
    /// <summary>The issues as problems (codes <c>PF-…</c>, <c>DOM-…</c>).</summary>
    public IReadOnlyList<Problem> Problems => Records.PatientFileProblems.From(Issues);
}
