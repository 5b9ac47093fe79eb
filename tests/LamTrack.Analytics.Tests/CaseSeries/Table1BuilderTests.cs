using System.Text.Json.Nodes;
using LamTrack.Analytics.CaseSeries;
using LamTrack.Domain.Patients;
using LamTrack.Testing;

namespace LamTrack.Analytics.Tests.CaseSeries;

public sealed class Table1BuilderTests
{
    // The paper's Table 1, row by row; the builder must compute each cell from events.
    public static TheoryData<string, string[]> PublishedRows => new()
    {
        { Table1Rows.Age, ["33", "23", "31", "38", "30"] },
        { Table1Rows.VegfD, ["6608", "2385", "1139", "3901", "2685.8"] },
        { Table1Rows.PaO2, ["51", "92", "96", "45.5", "98"] },
        { Table1Rows.Surgery, ["No", "No", "Yes", "Yes", "Yes"] },
        { Table1Rows.ChemicalPleurodesis, ["No", "No", "Yes", "No", "No"] },
        { Table1Rows.EpisodesBefore, ["6", "3", "6", "6", "2"] },
        { Table1Rows.Concentration, ["5–7", "4–5", "6–10", "3–8", "5.28"] },
        { Table1Rows.EpisodesDuring, ["0", "0", "0", "1", "0"] },
        { Table1Rows.SixMinuteWalk, ["480", "550", "555", "510", "500"] },
    };

    [Theory]
    [MemberData(nameof(PublishedRows))]
    public void Build_BundledCaseSeries_ReproducesPublishedTable1(string row, string[] expected)
    {
        Table1 table = Table1Builder.Build(CaseSeriesData.LoadAll());
        Assert.Equal(expected, table.Rows.Single(r => r.Characteristic == row).Cells.Select(c => c.Text));
    }

    [Fact]
    public void Build_OneMoreEpisodeBeforeSirolimus_CountIncreases()
    {
        JsonObject json = CaseSeriesData.Json(2);
        json["events"]!.AsArray().Add(JsonNode.Parse("""{ "type": "pneumothorax", "id": "extra", "date": "2015-09", "side": "left", "source": "test edit" }"""));
        Table1 table = Table1Builder.Build([CaseSeriesData.Parse(json)]);
        Assert.Equal("4", table.Cell(Table1Rows.EpisodesBefore, "Case 2").Text);
    }

    [Fact]
    public void Build_EpisodeMovedIntoTherapy_CountsMoveFromBeforeToDuring()
    {
        JsonObject json = CaseSeriesData.Json(3);
        CaseSeriesData.Event(json, "c3-ptx-u1")["date"] = "2016-03";
        Table1 table = Table1Builder.Build([CaseSeriesData.Parse(json)]);
        Assert.Equal(("5", "1"), (table.Cell(Table1Rows.EpisodesBefore, "Case 3").Text, table.Cell(Table1Rows.EpisodesDuring, "Case 3").Text));
    }

    [Fact]
    public void Build_TroughValueEdited_RangeFollows()
    {
        JsonObject json = CaseSeriesData.Json(3);
        CaseSeriesData.Event(json, "c3-trough-range")["high"]!["value"] = 12;
        Assert.Equal("6–12", Table1Builder.Build([CaseSeriesData.Parse(json)]).Cell(Table1Rows.Concentration, "Case 3").Text);
    }

    [Fact]
    public void Build_TroughMovedBeforeTherapy_LeavesTheRange()
    {
        JsonObject json = CaseSeriesData.Json(5);
        CaseSeriesData.Event(json, "c5-tr2")["date"] = "2017-06";
        CaseSeriesData.Event(json, "c5-trough-table1")["date"] = "2016-01..2016-02";
        Table1Cell cell = Table1Builder.Build([CaseSeriesData.Parse(json)]).Cell(Table1Rows.Concentration, "Case 5");
        Assert.Equal("5.28", cell.Text);
        Assert.Single(cell.FootnoteMarks);
    }

    [Fact]
    public void Build_Case4TroughConflict_ShowsTable1ValueAndFootnotesTheLevels()
    {
        Table1 table = Table1Builder.Build(CaseSeriesData.LoadAll());
        Table1Cell cell = table.Cell(Table1Rows.Concentration, "Case 4");
        Table1Footnote note = table.Footnotes.Single(f => f.Mark == Assert.Single(cell.FootnoteMarks));
        Assert.True(note.IsConflict);
        Assert.Contains("0.01–>15", note.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Case5SixMinuteWalk_ShowsTable1ValueAndNamesTheNarrative()
    {
        Table1 table = Table1Builder.Build(CaseSeriesData.LoadAll());
        Table1Footnote note = table.Footnotes.Single(f => f.Column == "Case 5" && f.Text.StartsWith("Six-minute walk", StringComparison.Ordinal));
        Assert.Contains("Table 1 prints 500; Case 5 narrative gives 480", note.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Case5SingleTable1Level_QualifiedAsExaminedOnce() =>
        Assert.Contains(Table1Builder.Build(CaseSeriesData.LoadAll()).Footnotes, f => f.Column == "Case 5" && f.Text == "Only examined once");

    [Fact]
    public void Build_NephrectomyOnly_IsNotThoracicSurgery()
    {
        Patient case2 = CaseSeriesData.LoadAll().Single(p => p.Id == "case-2");
        Assert.Equal("No", Table1Builder.Build([case2]).Cell(Table1Rows.Surgery, "Case 2").Text);
    }
}
