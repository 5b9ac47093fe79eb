using NodaTime;

namespace LamTrack.Reporting.Analysis;

/// <summary>Facts about a run that go into the report header.</summary>
/// <param name="GeneratedAt">When the report was made (from the injected clock).</param>
/// <param name="DataSource">The data path analysed, as given.</param>
/// <param name="SkippedRecords">Records left out under --skip-invalid ("file:line patient-id"), empty otherwise.</param>
public sealed record AnalysisReportInfo(Instant GeneratedAt, string DataSource, IReadOnlyList<string> SkippedRecords);
