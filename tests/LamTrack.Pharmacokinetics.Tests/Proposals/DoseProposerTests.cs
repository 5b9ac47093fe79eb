using LamTrack.Measures.Quantities;
using LamTrack.Pharmacokinetics.Data;
using LamTrack.Pharmacokinetics.Dosing;
using LamTrack.Pharmacokinetics.Estimation;
using LamTrack.Pharmacokinetics.Models;
using LamTrack.Pharmacokinetics.Proposals;
using LamTrack.Pharmacokinetics.Solver;
using LamTrack.Pharmacokinetics.Tests.Fixtures;
using LamTrack.Testing;

namespace LamTrack.Pharmacokinetics.Tests.Proposals;

public sealed class DoseProposerTests
{
    private static readonly SubjectPrior s_prior =
        ModelFileReader.ReadFile(ReferenceFiles.ModelPath("reference-1cmt")).Apply(new Dictionary<string, double>()).Prior!;

    private static (DoseProposalResult Result, MapEstimate Estimate) ProposeForReferencePatient(TargetWindow window)
    {
        var history = DosingHistory.Regular(Dose.FromMilligrams(2), 24, 15);
        var subject = EstimationSubject.Create(history, ClearanceSchedule.None, [Observation.Measured(168, 4.1), Observation.Measured(336, 5.3)]);
        MapEstimate estimate = MapEstimator.Estimate(s_prior, subject);
        var request = new DoseProposalRequest(s_prior, estimate, history, ClearanceSchedule.None, 336, window,
            DoseCandidate.Standard(), 400, 5, 2, 5.3);
        return (DoseProposer.Propose(request), estimate);
    }

    [Fact]
    public void Propose_TwoMilligramCandidate_HasTheExactSteadyStateTroughAtTheMode()
    {
        (DoseProposalResult r, MapEstimate e) = ProposeForReferencePatient(TargetWindow.Label);

        DoseProposal two = r.Ranked.Single(p => p.Candidate.IsOnceDaily && p.Candidate.CycleMilligrams[0] == 2);

        Tolerance.AssertClose(ConcentrationSolver.SteadyStateTrough(e.Parameters, 2, 24), two.LowestTroughNanogramsPerMillilitre, relative: 1e-9);
        Tolerance.AssertClose(4.67822866, two.LowestTroughNanogramsPerMillilitre, relative: 1e-5);
    }

    [Fact]
    public void Propose_LabelWindow_BestCandidateIsInsideTheWindowAndRankedByProbability()
    {
        (DoseProposalResult r, _) = ProposeForReferencePatient(TargetWindow.Label);

        Assert.True(TargetWindow.Label.Contains(r.Ranked[0].LowestTroughNanogramsPerMillilitre));
        Assert.True(r.Ranked.Zip(r.Ranked.Skip(1)).All(p => Math.Round(p.First.ProbabilityInTarget, 2) >= Math.Round(p.Second.ProbabilityInTarget, 2)));
        Assert.InRange(r.NextTroughDaysAfterChange, 7, 56);
    }

    [Fact]
    public void Propose_WithMeasuredTrough_ShowsTheProportionalRule()
    {
        (DoseProposalResult r, _) = ProposeForReferencePatient(TargetWindow.Label);

        Tolerance.AssertClose(2 * 10 / 5.3, r.Proportional!.NewDailyMilligrams, relative: 1e-12);
        Assert.Equal(4.0, r.Proportional.RoundedDailyMilligrams);
    }

    [Fact]
    public void Troughs_AlternatingPattern_LiesBetweenTheTwoOnceDailyRegimens()
    {
        IndividualParameters p = s_prior.Typical;

        double[] alternating = DoseProposer.Troughs(p, new DoseCandidate([2, 1], "tablets"));
        double one = DoseProposer.Troughs(p, new DoseCandidate([1], "tablets"))[0];
        double two = DoseProposer.Troughs(p, new DoseCandidate([2], "tablets"))[0];

        Assert.All(alternating, t => Assert.InRange(t, one, two));
        Tolerance.AssertClose(1.5 * two / 2, alternating.Average(), relative: 0.05);
    }

    [Theory]
    [InlineData("5-15", 5, 15)] // the label window
    [InlineData("3 - 10", 3, 10)] // the paper's window, with spaces
    public void Parse_ValidWindow_ReadsBothEdges(string text, double low, double high)
    {
        TargetWindow w = TargetWindow.Parse(text);

        Assert.Equal((low, high), (w.LowNanogramsPerMillilitre, w.HighNanogramsPerMillilitre));
    }

    [Theory]
    [InlineData("15-5")] // reversed
    [InlineData("five-fifteen")] // not numbers
    public void Parse_InvalidWindow_Throws(string text)
    {
        Assert.Throws<FormatException>(() => TargetWindow.Parse(text));
    }
}
