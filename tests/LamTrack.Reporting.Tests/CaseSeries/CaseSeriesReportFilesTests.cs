using LamTrack.Analytics.CaseSeries;
using LamTrack.Application.Reports;
using LamTrack.Domain.Patients;
using LamTrack.Reporting.CaseSeries;
using LamTrack.Testing;

namespace LamTrack.Reporting.Tests.CaseSeries;

public sealed class CaseSeriesReportFilesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lamtrack-report-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Write_CaseSeries_WritesTheSixFiles()
    {
        IReadOnlyList<string> written = CaseSeriesReportFiles.Write(Report(CaseSeriesData.LoadAll()), _folder);

        Assert.Equal(["table1.md", "table1.csv", "table1.html", "figure1.png", "figure1.svg", "data-quality.md"], written.Select(Path.GetFileName));
        Assert.All(written, path => Assert.True(new FileInfo(path).Length > 0));
    }

    [Fact]
    public void Text_CaseSeries_HasAHeadingPerCaseAndFootnoteMarksInCells()
    {
        Table1Text text = CaseSeriesReportFiles.Text(Report(CaseSeriesData.LoadAll()));

        Assert.Equal(["Case 1", "Case 2", "Case 3", "Case 4", "Case 5"], text.Columns);
        Assert.Equal(Table1Rows.All.Count, text.Rows.Count);
        Table1TextRow before = text.Rows.Single(r => r.Characteristic == "Number of PTX episodes before sirolimus therapy");
        Assert.Equal(["6", "3", "6", "6", "2"], before.Cells.Select(c => c.Text));
        Assert.NotEmpty(text.Footnotes);
        // Every mark a cell carries names a footnote.
        Assert.All(text.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Marks), mark => Assert.Contains(text.Footnotes, f => f.Mark == mark));
        Assert.Contains(text.Rows.SelectMany(r => r.Cells), c => c.Marks.Count > 0);
    }

    [Fact]
    public void Text_FewerPatients_HasFewerColumns()
    {
        Table1Text text = CaseSeriesReportFiles.Text(Report([.. CaseSeriesData.LoadAll().Take(2)]));

        Assert.Equal(2, text.Columns.Count);
    }

    [Fact]
    public void Write_RefusedReport_ThrowsAndWritesNothing()
    {
        var refused = new CaseSeriesReport(null, [], [], [], "no valid patient");

        Assert.Throws<InvalidOperationException>(() => CaseSeriesReportFiles.Write(refused, Path.Combine(_folder, "out")));
        Assert.False(Directory.Exists(Path.Combine(_folder, "out")));
    }

    [Fact]
    public void Csv_CaseSeries_HasAColumnPerCase() =>
        Assert.StartsWith("Characteristics,Case 1,Case 2,Case 3,Case 4,Case 5", CaseSeriesReportFiles.Csv(Report(CaseSeriesData.LoadAll())), StringComparison.Ordinal);

    private static CaseSeriesReport Report(IReadOnlyList<Patient> patients) => new(Table1Builder.Build(patients), patients, [], [], null);
}
