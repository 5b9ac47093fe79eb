using LamTrack.Pharmacokinetics.Data;

namespace LamTrack.Pharmacokinetics.Tests.Data;

public sealed class NonmemDataReaderTests
{
    private const string Header = "ID,TIME,AMT,EVID,CMT,II,ADDL,SS,DV,MDV,LLOQ,AGE";

    private static IReadOnlyList<SubjectData> Parse(params string[] rows) => NonmemDataReader.Parse([Header, .. rows], "data.csv");

    [Fact]
    public void Parse_DoseWithAddlAndObservations_ExpandsDosesAndReadsCovariates()
    {
        IReadOnlyList<SubjectData> s = Parse("1,0,2,1,1,24,13,0,.,1,.,40", "1,168,.,0,.,.,.,.,4.1,0,.,40", "1,336,.,0,.,.,.,.,0.5,0,1,40");

        SubjectData one = Assert.Single(s);
        Assert.Equal(14, one.Doses.Doses.Count);
        Assert.Equal(312, one.Doses.Doses[^1].TimeHours);
        Assert.Equal(40, one.Covariates["AGE"]);
        Assert.False(one.Observations[0].IsCensored);
        Assert.True(one.Observations[1].IsCensored);
    }

    [Theory]
    [InlineData("1,0,0,1,1,.,.,.,.,1,.,40", "line 2, field AMT")] // a zero dose
    [InlineData("1,0,-2,1,1,.,.,.,.,1,.,40", "line 2, field AMT")] // a negative dose
    [InlineData("1,0,2,3,1,.,.,.,.,1,.,40", "line 2, field EVID")] // an unknown event type
    [InlineData("1,0,2,1,1,.,5,.,.,1,.,40", "line 2, field II")] // ADDL without an interval
    [InlineData("1,0,2,1,1,.,.,.,.,1,.,abc", "line 2, field AGE")] // a non-numeric covariate
    [InlineData("1,0,2,1,1,.,.,.,.,1,.", "line 2: 11 fields")] // a short record
    [InlineData("1,0,2,1,1,24,13,0,.,1,.,40\n1,168,.,0,.,.,.,.,-4.1,0,.,40", "line 3, field DV")] // a negative concentration
    public void Parse_BadRecord_ThrowsWithLineAndField(string row, string expected)
    {
        var e = Assert.Throws<DataFileException>(() => Parse(row.Split('\n')));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.Contains("data.csv", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SampleBeforeFirstDose_Throws()
    {
        var e = Assert.Throws<DataFileException>(() => Parse("1,0,.,0,.,.,.,.,3,0,.,40", "1,24,2,1,1,.,.,.,.,1,.,40"));

        Assert.Contains("line 2, field TIME: sample at 0 h is before the first dose", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TimeGoingBackwards_Throws()
    {
        var e = Assert.Throws<DataFileException>(() => Parse("1,24,2,1,1,.,.,.,.,1,.,40", "1,12,2,1,1,.,.,.,.,1,.,40"));

        Assert.Contains("line 3, field TIME", e.Message, StringComparison.Ordinal);
        Assert.Contains("backwards", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingRequiredColumn_ThrowsNamingIt()
    {
        var e = Assert.Throws<DataFileException>(() => NonmemDataReader.Parse(["ID,TIME,AMT,DV", "1,0,2,."], "data.csv"));

        Assert.Contains("field EVID: required column missing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsAllAndReturnsNothing()
    {
        var e = Assert.Throws<DataFileException>(() => Parse("1,0,0,1,1,.,.,.,.,1,.,40", "2,0,2,9,1,.,.,.,.,1,.,40"));

        Assert.Equal(2, e.Problems.Count);
    }

    [Fact]
    public void Parse_IdSplitIntoTwoBlocks_Throws()
    {
        var e = Assert.Throws<DataFileException>(() => Parse("1,0,2,1,1,.,.,.,.,1,.,40", "2,0,2,1,1,.,.,.,.,1,.,40", "1,24,2,1,1,.,.,.,.,1,.,40"));

        Assert.Contains("ID 1 appears again", e.Message, StringComparison.Ordinal);
    }
}
