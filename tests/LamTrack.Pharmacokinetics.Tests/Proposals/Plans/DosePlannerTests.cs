using LamTrack.Measures.Quantities;
using LamTrack.Pharmacokinetics.Data;
using LamTrack.Pharmacokinetics.Dosing;
using LamTrack.Pharmacokinetics.Estimation;
using LamTrack.Pharmacokinetics.Interactions;
using LamTrack.Pharmacokinetics.Models;
using LamTrack.Pharmacokinetics.Proposals;
using LamTrack.Pharmacokinetics.Proposals.Plans;
using LamTrack.Pharmacokinetics.Solver;
using LamTrack.Pharmacokinetics.Tests.Fixtures;
using LamTrack.Testing;

namespace LamTrack.Pharmacokinetics.Tests.Proposals.Plans;

public sealed class DosePlannerTests
{
    private const double Day = 24;
    private const double Decision = 90 * Day;
    private static readonly InteractionTable s_table = InteractionTable.ReadFile(ReferenceFiles.ModelPath("interactions"));

    private static SubjectPrior Prior(string model) => ModelFileReader.ReadFile(ReferenceFiles.ModelPath(model)).Apply(new Dictionary<string, double> { ["AGE"] = 40 }).Prior!;

    private static DosePlan? Plan(string model, params CoMedicationPeriod[] periods)
    {
        SubjectPrior prior = Prior(model);
        var history = DosingHistory.Regular(Dose.FromMilligrams(2), Day, 90);
        InteractionResolution resolution = s_table.Resolve(periods, Decision + (70 * Day));
        var subject = EstimationSubject.Create(history, resolution.Clearance, [Observation.Measured(30 * Day, 6.5), Observation.Measured(60 * Day, 7.5)]);
        MapEstimate estimate = MapEstimator.Estimate(prior, subject);
        var proposal = new DoseProposalRequest(prior, estimate, history, resolution.Clearance, Decision, TargetWindow.Label, DoseCandidate.Standard(), 100, 7, 2, 7.5);
        return DosePlanner.Plan(new DosePlanRequest(proposal, periods, s_table, 56 * Day));
    }

    private static DoseProposalRequest SteadyRequest(string model) =>
        new(Prior(model), null, DosingHistory.Regular(Dose.FromMilligrams(2), Day, 10), ClearanceSchedule.None, 10 * Day,
            TargetWindow.Label, DoseCandidate.Standard(), 100, 7, 2, null);

    [Fact]
    public void NeededDaily_DoseCovariate_SolvesTheSteadyStateTroughForTheWindowCentre()
    {
        DoseProposalRequest request = SteadyRequest("jiao-2009");

        double needed = PlanPhaseChooser.NeededDaily(request, [0, 0], 2)!.Value;

        var at = new DoseCandidate([needed], "tablets");
        double trough = DoseProposer.Troughs(DoseProposer.PriorFor(request.Prior, at).Individual([0, 0]).WithClearanceMultipliedBy(2), at)[0];
        Tolerance.AssertClose(TargetWindow.Label.Centre, trough, relative: 1e-6);
    }

    [Fact]
    public void NeededDaily_LinearModel_LandsTheTroughOnTheCentreWithAndWithoutInduction()
    {
        DoseProposalRequest request = SteadyRequest("reference-1cmt");

        double none = PlanPhaseChooser.NeededDaily(request, [0, 0], 1)!.Value;
        double induced = PlanPhaseChooser.NeededDaily(request, [0, 0], 5)!.Value;

        // Linear in the dose, so the needed dose lands the trough on the centre; far more than 5-fold because with this
        // model's short half-life (about 21 h, 4 h induced) a 5-fold CL/F mostly deepens the fall within the day.
        Tolerance.AssertClose(TargetWindow.Label.Centre, ConcentrationSolver.SteadyStateTrough(request.Prior.Typical, none, Day), relative: 1e-6);
        Tolerance.AssertClose(TargetWindow.Label.Centre, ConcentrationSolver.SteadyStateTrough(request.Prior.Typical.WithClearanceMultipliedBy(5), induced, Day), relative: 1e-6);
        Assert.True(induced / none > 5);
    }

    [Fact]
    public void NeededDaily_DoseCovariateAndStrongInduction_IsNullBecauseNoDoseReachesTheCentre()
    {
        // CL/F rises with the dose (DDOSE^0.479): at ×20 the trough peaks below the window centre whatever the dose.
        Assert.Null(PlanPhaseChooser.NeededDaily(SteadyRequest("jiao-2009"), [0, 0], 20));
    }

    [Fact]
    public void Plan_NoInteractingDrug_ReturnsNullSoTheSingleProposalStands()
    {
        Assert.Null(Plan("reference-1cmt"));
        Assert.Null(Plan("reference-1cmt", new CoMedicationPeriod("isoniazid", Decision - (5 * Day), null)));
        Assert.Null(Plan("reference-1cmt", new CoMedicationPeriod("rifampicin", 0, Decision - (60 * Day))));
    }

    [Fact]
    public void Plan_InducerStartedOnTheDecisionDay_OnsetThenCourseWithAboutFiveTimesTheDose()
    {
        DosePlan plan = Plan("reference-1cmt", new CoMedicationPeriod("rifampicin", Decision, null))!;
        double none = PlanPhaseChooser.NeededDaily(SteadyRequest("reference-1cmt"), [.. EstimatedMode()], 1)!.Value;
        double induced = PlanPhaseChooser.NeededDaily(SteadyRequest("reference-1cmt"), [.. EstimatedMode()], 5)!.Value;

        Assert.Equal(["onset of rifampicin", "on rifampicin"], plan.Phases.Select(p => p.Label));
        Assert.Equal(Decision + (9 * Day), plan.Phases[1].StartHours);
        Tolerance.AssertClose(induced, plan.Phases[^1].NeededDailyMilligrams!.Value, relative: 0.01);
        Assert.True(induced > 5 * none);
        Assert.True(plan.Phases[^1].IsBeyondLabel);
        double reachable = Math.Min(induced, DosePlanner.CatalogueCeilingMilligramsPerDay);
        Assert.InRange(plan.Phases[^1].Regimen.MeanDailyMilligrams, 0.8 * reachable, 1.25 * reachable);
        Assert.Contains(plan.Alternatives, a => a.Contains("rifampicin", StringComparison.Ordinal));
        Assert.Contains(plan.TimeCourses, t => t.Contains("UNVERIFIED", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_ShortInhibitorCourse_LowersTheDoseThenReturnsToItAfterTheWashout()
    {
        DosePlan plan = Plan("reference-1cmt", new CoMedicationPeriod("clarithromycin", Decision, Decision + (10 * Day)))!;

        Assert.Equal(["on clarithromycin", "washout of clarithromycin", "after clarithromycin"], plan.Phases.Select(p => p.Label));
        Assert.Equal([Decision, Decision + (10 * Day), Decision + (16 * Day)], plan.Phases.Select(p => p.StartHours));
        Assert.Equal(Decision + (56 * Day), plan.Phases[^1].EndHours);
        Assert.True(plan.Phases[0].Regimen.MeanDailyMilligrams < 0.5 * plan.Phases[^1].Regimen.MeanDailyMilligrams);
        Assert.All(plan.Phases, p => Assert.True(p.LowerNanogramsPerMillilitre <= p.LowestTroughNanogramsPerMillilitre && p.HighestTroughNanogramsPerMillilitre <= p.UpperNanogramsPerMillilitre));
        Assert.All(plan.Phases, p => Assert.All(p.CheckTroughTimesHours, t => Assert.InRange(t, p.StartHours + Day, p.EndHours)));
    }

    private static IReadOnlyList<double> EstimatedMode()
    {
        var history = DosingHistory.Regular(Dose.FromMilligrams(2), Day, 90);
        var subject = EstimationSubject.Create(history, ClearanceSchedule.None, [Observation.Measured(30 * Day, 6.5), Observation.Measured(60 * Day, 7.5)]);
        return MapEstimator.Estimate(Prior("reference-1cmt"), subject).Etas;
    }
}
