using LamTrack.Analytics.Cohort;
using LamTrack.Analytics.Lung;
using LamTrack.Measures.Quantities;
using LamTrack.Statistics.Regression;
using NodaTime;
using LamTrack.Domain.Patients;
using LamTrack.Reporting.Analysis;
using LamTrack.Testing;

namespace LamTrack.Reporting.Tests.Analysis;

/// <summary>analysis.md's patient table: every patient of a small cohort, the first 50 of up to 1,000, none of a registry.</summary>
public sealed class AnalysisMarkdownWriterTests
{
    private static string Written(IReadOnlyList<Patient> patients)
    {
        (CohortAnalysis analysis, PatientReport[] reports) = AnalysisJsonWriterTests.Analysed(patients);
        using var writer = new StringWriter();
        AnalysisMarkdownWriter.Write(analysis, reports, AnalysisJsonWriterTests.Info, writer);
        return writer.ToString();
    }

    [Fact]
    public void Write_CaseSeries_TablesEveryPatient()
    {
        string md = Written(CaseSeriesData.LoadAll());
        Assert.Contains("5 patient(s).", md, StringComparison.Ordinal);
        Assert.Equal(5, md.Split('\n').Count(l => l.StartsWith("| Case ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Write_ThousandPatients_TablesTheFirstFifty()
    {
        string md = Written(AnalysisJsonWriterTests.Registry(200));
        Assert.Contains($"... and {1000 - AnalysisMarkdownWriter.MaxPatientRows} more", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Registry_NoTableAndSaysWhere()
    {
        string md = Written(AnalysisJsonWriterTests.Registry(430));
        Assert.Contains("analysis.json lists each of the 2150.", md, StringComparison.Ordinal);
        Assert.DoesNotContain("| Patient |", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Fev1Slopes_ByPeriod_ShowsEachPeriodWithItsCountAndADashWhenNotEstimable()
    {
        static Fev1Trend Trend(string scope, int n, double? mlPerYear) => new(scope, n, mlPerYear is double v
            ? new VolumeTrend(VolumeChangeRate.FromMillilitresPerYear(v), null, n, new LocalDate(2020, 1, 1), new LocalDate(2022, 1, 1))
            : null);

        // A steep fall before sirolimus and a level course on it (the MILES figures, -12 and +1 mL/month): not pooled.
        string text = AnalysisMarkdownWriter.Fev1Slopes([Trend("all", 7, -60), Trend("before", 3, -144), Trend("on", 3, 12), Trend("after", 1, null)]);

        Assert.Equal($"{ReportFormat.Number(-60)} (7) / {ReportFormat.Number(-144)} (3) / {ReportFormat.Number(12)} (3) / – (1)", text);
    }

    [Fact]
    public void Write_CaseSeries_PatientTableHasTheSlopesByPeriod()
    {
        string md = Written(CaseSeriesData.LoadAll());

        Assert.Contains("FEV1 slope, mL/year (measurements): all / before / on / after", md, StringComparison.Ordinal);
        Assert.All(md.Split('\n').Where(l => l.StartsWith("| Case ", StringComparison.Ordinal)), l => Assert.Equal(3, l.Split('|')[^2].Count(c => c == '/')));
    }

    [Fact]
    public void Fev1Cohort_MilesFigures_ShowsMillilitresPerYearAndPerMonth()
    {
        // MILES (McCormack 2011, doi:10.1056/NEJMoa1100391): placebo -12 mL/month = -144 mL/year; sirolimus +1 mL/month = +12 mL/year.
        Fev1CohortSlopes slopes = Fev1CohortSlopes.From([(-150.0, 6.0), (-138.0, 12.0), (null, 18.0)]);

        string[] lines = [.. AnalysisMarkdownWriter.Fev1Cohort(slopes)];

        Assert.Contains($"{ReportFormat.Number(-144)} mL/year", lines[0], StringComparison.Ordinal);
        Assert.Contains($"{ReportFormat.Number(-12)} mL/month", lines[0], StringComparison.Ordinal);
        Assert.Contains($"{ReportFormat.Number(12)} mL/year", lines[1], StringComparison.Ordinal);
        Assert.Contains($"{ReportFormat.Number(1)} mL/month", lines[1], StringComparison.Ordinal);
        Assert.Contains("2 patient(s) with both", lines[2], StringComparison.Ordinal);
        Assert.Equal(153, slopes.OnMinusBeforeMillilitresPerYear!.Difference.Mean, 9);
    }
}
