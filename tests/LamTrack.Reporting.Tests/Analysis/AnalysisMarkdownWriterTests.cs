using LamTrack.Analytics.Cohort;
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
}
