using LamTrack.Analytics.CaseSeries;
using LamTrack.Application.Problems;
using LamTrack.Domain.Patients;
using LamTrack.PatientFiles;

namespace LamTrack.Application.Reports;

/// <summary>The data of a case-series report: Table 1 computed from events and the patients Figure 1 and the data-quality
/// report are drawn from; or why there is none.</summary>
/// <param name="Table">Table 1; null when the report cannot be made.</param>
/// <param name="Patients">The patients, in source order (one lane of Figure 1 each).</param>
/// <param name="Issues">Every problem in the patient data, as read.</param>
/// <param name="InvalidRecords">One entry per rejected record.</param>
/// <param name="Refusal">Why no report was made (invalid records, no patient); null when <paramref name="Table"/> is set.</param>
public sealed record CaseSeriesReport(Table1? Table, IReadOnlyList<Patient> Patients, IReadOnlyList<PatientFileIssue> Issues, IReadOnlyList<string> InvalidRecords, string? Refusal)
{
    /// <summary>Whether Table 1 was computed (false when the patients were refused; <see cref="Refusal"/> says why).</summary>
    public bool HasTable => Table is not null;

    /// <summary>The issues as problems (codes <c>PF-…</c>, <c>DOM-…</c>).</summary>
    public IReadOnlyList<Problem> Problems => Records.PatientFileProblems.From(Issues);
}
