using LamTrack.Analytics.CaseSeries;
using LamTrack.Reporting.CaseSeries;
using LamTrack.Testing;

namespace LamTrack.Reporting.Tests.CaseSeries;

public sealed class Table1RendererTests
{
    private static readonly Table1 s_table = Table1Builder.Build(CaseSeriesData.LoadAll());

    [Fact]
    public void ToCsv_CharacteristicsAsRowsCasesAsColumns()
    {
        string[] lines = Table1Renderer.ToCsv(s_table).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Characteristics,Case 1,Case 2,Case 3,Case 4,Case 5", lines[0].TrimEnd('\r'));
        Assert.StartsWith("Number of PTX episodes before sirolimus therapy,6,3,6,6,2", lines[6], StringComparison.Ordinal);
        Assert.Equal(1 + Table1Rows.All.Count + s_table.Footnotes.Count, lines.Length);
    }

    [Fact]
    public void ToMarkdown_HasEveryRowAndFootnote()
    {
        string md = Table1Renderer.ToMarkdown(s_table);
        Assert.All(Table1Rows.All, row => Assert.Contains($"| {row} |", md, StringComparison.Ordinal));
        Assert.All(s_table.Footnotes, f => Assert.Contains($"<sup>{f.Mark}</sup> {f.Column}", md, StringComparison.Ordinal));
    }

    [Fact]
    public void ToHtml_EscapesAndListsFootnotes()
    {
        string html = Table1Renderer.ToHtml(s_table);
        Assert.Contains("<th scope=\"row\">VEGF-D (pg/ml)</th>", html, StringComparison.Ordinal);
        Assert.Contains("0.01–&gt;15", html, StringComparison.Ordinal);
    }
}
