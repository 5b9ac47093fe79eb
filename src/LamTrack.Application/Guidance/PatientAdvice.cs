using NodaTime;

namespace LamTrack.Application.Guidance;

/// <summary>The guidance for one patient as of a date, in the findings JSON contract (<c>lamtrack advise --json</c>, the web API).</summary>
/// <param name="PatientId">The patient.</param>
/// <param name="AsOf">The day of evaluation.</param>
/// <param name="Findings">The findings, most severe first, then by rule id.</param>
/// <param name="NotApplicable">The rules that did not apply, with their reasons.</param>
public sealed record PatientAdvice(string PatientId, LocalDate AsOf, IReadOnlyList<FindingDocument> Findings, IReadOnlyList<NotApplicableDocument> NotApplicable);
