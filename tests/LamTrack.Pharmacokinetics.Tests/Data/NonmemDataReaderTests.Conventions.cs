using LamTrack.Pharmacokinetics.Data;
using LamTrack.Pharmacokinetics.Dosing;
using LamTrack.Pharmacokinetics.Models;
using LamTrack.Pharmacokinetics.Solver;
using LamTrack.Pharmacokinetics.Tests.Fixtures;
using LamTrack.Testing;

namespace LamTrack.Pharmacokinetics.Tests.Data;

public sealed class NonmemDataReaderConventionsTests
{
    private const string Header = "ID,TIME,AMT,EVID,CMT,II,ADDL,SS,DV,MDV,LLOQ,RATE";

    private static IReadOnlyList<SubjectData> Parse(DataPurpose purpose, params string[] rows) => NonmemDataReader.Parse([Header, .. rows], "data.csv", purpose);

    [Fact]
    public void Parse_DotDvForSimulation_IsAPredictionRowAtTheReferenceTroughs()
    {
        // 2 mg every 24 h, one compartment with first-order absorption, CL/F 10 L/h, V/F 300 L, ka 1/h: troughs from the
        // closed form for repeated oral doses (Gibaldi M, Perrier D. Pharmacokinetics, 2nd ed. 1982, chapter 3,
        // multiple dosing with first-order absorption), agreeing with an independent ODE solution to 1e-8.
        SubjectData s = Assert.Single(Parse(DataPurpose.Simulation,
            "1,0,2,1,1,24,59,0,.,.,.,0", "1,24,.,0,.,.,.,.,.,0,.,.", "1,48,.,0,.,.,.,.,.,0,.,.", "1,72,.,0,.,.,.,.,.,0,.,.", "1,168,.,2,.,.,.,.,.,.,.,."));
        SubjectPrior prior = ModelFileReader.ReadFile(ReferenceFiles.ModelPath("reference-1cmt")).Apply(new Dictionary<string, double>()).Prior!;
        double[] times = [.. s.Observations.Select(o => o.TimeHours)];
        double[] pred = new double[times.Length];

        ConcentrationSolver.Predict(prior.Typical, s.Doses, ClearanceSchedule.None, times, pred);

        Assert.All(s.Observations, o => Assert.False(o.IsUsed));
        double[] expected = [3.09882044193, 4.4912102212, 5.11685127837, 5.60654406204];
        for (int i = 0; i < expected.Length; i++)
        {
            Tolerance.AssertClose(expected[i], pred[i], relative: 1e-9);
        }
    }

    [Fact]
    public void Parse_DotDvForEstimation_IsAnErrorWithItsLine()
    {
        var e = Assert.Throws<DataFileException>(() => Parse(DataPurpose.Estimation, "1,0,2,1,1,.,.,.,.,1,.,.", "1,24,.,0,.,.,.,.,.,0,.,."));

        Assert.Contains("line 3, field DV: missing concentration", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Evid2_IsAcceptedAsAPredictionTimeForBothPurposes()
    {
        foreach (DataPurpose purpose in new[] { DataPurpose.Estimation, DataPurpose.Simulation })
        {
            SubjectData s = Assert.Single(Parse(purpose, "1,0,2,1,1,.,.,.,.,1,.,.", "1,12,.,2,.,.,.,.,.,.,.,.", "1,24,.,0,.,.,.,.,4.2,0,.,."));
            Assert.Equal([false, true], s.Observations.Select(o => o.IsUsed));
        }
    }

    [Theory]
    [InlineData("1,24,2,3,1,.,.,.,.,.,.,.", "line 3, field EVID: EVID 3 (reset) is not supported")] // reset
    [InlineData("1,24,2,4,1,.,.,.,.,.,.,.", "line 3, field EVID: EVID 4 (reset and dose) is not supported")] // reset and dose
    [InlineData("1,24,2,1,1,.,.,.,.,.,.,2", "line 3, field RATE: zero-order input (RATE 2 mg/h) is not supported")] // infusion
    [InlineData("1,24,2,1,1,.,.,.,.,.,.,-2", "line 3, field RATE: RATE -2 (modelled rate or duration)")] // modelled duration
    public void Parse_UnsupportedEvent_IsRejectedNamingTheRow(string row, string expected)
    {
        var e = Assert.Throws<DataFileException>(() => Parse(DataPurpose.Simulation, "1,0,2,1,1,.,.,.,.,1,.,0", row));

        Assert.Contains(expected, Assert.Single(e.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RejectedFirstDose_GivesNoFollowOnErrorForTheSamples()
    {
        var e = Assert.Throws<DataFileException>(() => Parse(DataPurpose.Estimation, "1,0,0,1,1,.,.,.,.,1,.,.", "1,24,.,0,.,.,.,.,3.1,0,.,."));

        Assert.StartsWith("line 2, field AMT", Assert.Single(e.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ShortRecord_NamesTheFirstMissingField()
    {
        var e = Assert.Throws<DataFileException>(() => Parse(DataPurpose.Estimation, "1,0,2,1,1,.,.,.,.,1"));

        Assert.Contains("line 2: 10 fields, but the header has 12 (first missing field: LLOQ)", e.Message, StringComparison.Ordinal);
    }
}
