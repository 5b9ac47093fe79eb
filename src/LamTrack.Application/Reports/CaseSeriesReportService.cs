using LamTrack.Analytics.CaseSeries;
using LamTrack.Application.Records;
using LamTrack.PatientFiles;

namespace LamTrack.Application.Reports;

/// <summary>Computes the data of the case-series report: Table 1 from the patients' events, and the patients for
/// Figure 1 and the data-quality report (LamTrack.Reporting renders them).</summary>
/// <remarks>Any invalid record refuses the report, and so does an empty cohort (Table 1 and Figure 1 have a column and
/// a lane per patient: with none there is nothing to draw).</remarks>
public sealed class CaseSeriesReportService(PatientSourceService sources)
{
    /// <summary>Loads the patients and builds Table 1.</summary>
    /// <param name="request">Which patients.</param>
    /// <param name="progress">Told the bytes or patients read so far.</param>
    /// <param name="cancellationToken">Stops a read from a store.</param>
    public async Task<CaseSeriesReport> BuildAsync(CaseSeriesReportRequest request, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        PatientLoadResult loaded = await sources.LoadAsync(request.Source, progress, cancellationToken).ConfigureAwait(false);
        if (!loaded.IsValid)
        {
            return new CaseSeriesReport(null, [], loaded.Issues, loaded.InvalidRecords, $"{loaded.InvalidRecords.Count} invalid patient record(s)");
        }

        if (loaded.Patients.Count == 0)
        {
            string where = request.Source.Database is null ? request.Source.DataPath ?? PatientSourceService.BundledCaseSeries : "the database";
            return new CaseSeriesReport(null, [], [], [], $"{where} holds no patient");
        }

        return new CaseSeriesReport(Table1Builder.Build(loaded.Patients), loaded.Patients, [], [], null);
    }
}
