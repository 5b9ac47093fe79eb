using LamTrack.Application.Records;

namespace LamTrack.Application.Reports;

/// <summary>Which patients to report on (Table 1, Figure 1, data quality).</summary>
/// <param name="Source">Patient files, a store, or the bundled case series.</param>
public sealed record CaseSeriesReportRequest(PatientSourceRequest Source);
