using LamTrack.Analytics.CaseSeries;
using LamTrack.Reporting.CaseSeries;
using LamTrack.Testing;

namespace LamTrack.Reporting.Tests.CaseSeries;

public sealed class DataQualityReportTests
{
    [Fact]
    public void ToMarkdown_CaseSeries_ListsConflictsInferencesAndApproximateDates()
    {
        var patients = CaseSeriesData.LoadAll();
        string md = DataQualityReport.ToMarkdown(patients, Table1Builder.Build(patients));
        Assert.Contains("## Case 5", md, StringComparison.Ordinal);
        Assert.Contains("Table 1 prints 500; Case 5 narrative gives 480", md, StringComparison.Ordinal);
        Assert.Contains("c3-ptx-u1 (PneumothoraxEpisode", md, StringComparison.Ordinal);
        Assert.Contains("\"20th week of gestation\"", md, StringComparison.Ordinal);
    }
}
