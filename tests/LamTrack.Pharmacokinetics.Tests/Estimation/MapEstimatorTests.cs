using LamTrack.Measures.Quantities;
using LamTrack.Pharmacokinetics.Data;
using LamTrack.Pharmacokinetics.Dosing;
using LamTrack.Pharmacokinetics.Estimation;
using LamTrack.Pharmacokinetics.Models;
using LamTrack.Pharmacokinetics.Solver;
using LamTrack.Pharmacokinetics.Tests.Fixtures;
using LamTrack.Testing;

namespace LamTrack.Pharmacokinetics.Tests.Estimation;

/// <summary>Reference: Fixtures/map_single_patient.csv ([PK-REFERENCE-MODEL] in docs/references.md: independent closed form and mapbayr).</summary>
public sealed class MapEstimatorTests
{
    private static SubjectPrior ReferencePrior() =>
        ModelFileReader.ReadFile(ReferenceFiles.ModelPath("reference-1cmt")).Apply(new Dictionary<string, double>()).Prior!;

    private static EstimationSubject ReferencePatient() => EstimationSubject.Create(
        DosingHistory.Regular(Dose.FromMilligrams(2), 24, 60), ClearanceSchedule.None,
        [Observation.Measured(168, 4.1), Observation.Measured(336, 5.3)]);

    [Fact]
    public void Estimate_ReferencePatient_MatchesEtasAndObjectiveTo1e5()
    {
        MapEstimate e = MapEstimator.Estimate(ReferencePrior(), ReferencePatient());

        Tolerance.AssertClose(ReferenceFiles.Map("ETA_CL"), e.Etas[0], relative: 0, absolute: 1e-5);
        Tolerance.AssertClose(ReferenceFiles.Map("ETA_V"), e.Etas[1], relative: 0, absolute: 1e-5);
        Tolerance.AssertClose(ReferenceFiles.Map("OFV"), e.Objective, relative: 0, absolute: 1e-5);
        Tolerance.AssertClose(ReferenceFiles.Map("ofv_at_eta0"), e.ObjectiveAtPrior, relative: 1e-7);
        Assert.True(e.Converged);
    }

    [Fact]
    public void Estimate_ReferencePatient_MatchesPredictionsParametersAndPosteriorSd()
    {
        MapEstimate e = MapEstimator.Estimate(ReferencePrior(), ReferencePatient());

        Tolerance.AssertClose(ReferenceFiles.Map("CL_L_per_h"), e.Parameters.ClearanceLitresPerHour, relative: 1e-5);
        Tolerance.AssertClose(ReferenceFiles.Map("V_L"), e.Parameters.CentralVolumeLitres, relative: 1e-5);
        Tolerance.AssertClose(ReferenceFiles.Map("IPRED_168h"), e.IndividualPredictions[0], relative: 1e-5);
        Tolerance.AssertClose(ReferenceFiles.Map("IPRED_336h"), e.IndividualPredictions[1], relative: 1e-5);
        Tolerance.AssertClose(ReferenceFiles.Map("PRED_168h"), e.PopulationPredictions[0], relative: 1e-8);
        Tolerance.AssertClose(ReferenceFiles.Map("post_sd_ETA_CL"), e.PosteriorSd[0], relative: 1e-4);
        Tolerance.AssertClose(ReferenceFiles.Map("post_sd_ETA_V"), e.PosteriorSd[1], relative: 1e-4);
        Tolerance.AssertClose(ReferenceFiles.Map("pred_steady_state_trough"), ConcentrationSolver.SteadyStateTrough(e.Parameters, 2, 24), relative: 1e-5);
    }

    [Fact]
    public void Estimate_NoObservations_ReturnsPrior()
    {
        var subject = EstimationSubject.Create(DosingHistory.Regular(Dose.FromMilligrams(2), 24, 10), ClearanceSchedule.None, []);

        MapEstimate e = MapEstimator.Estimate(ReferencePrior(), subject);

        Tolerance.AssertClose(0, e.Etas[0], relative: 0, absolute: 1e-6);
        Tolerance.AssertClose(Math.Sqrt(0.0861777), e.PosteriorSd[0], relative: 1e-4);
    }

    [Fact]
    public void Estimate_CensoredTroughBelowLimit_PullsClearanceUp()
    {
        var subject = EstimationSubject.Create(DosingHistory.Regular(Dose.FromMilligrams(2), 24, 20), ClearanceSchedule.None,
            [Observation.BelowLimit(168, 1.0)]);

        MapEstimate e = MapEstimator.Estimate(ReferencePrior(), subject);

        Assert.True(e.Etas[0] > 0.1, $"ETA_CL {e.Etas[0]} should rise when the trough is below 1 ng/mL");
        Assert.True(e.Objective < e.ObjectiveAtPrior);
    }

    [Fact]
    public void Estimate_TroughReportedAboveLimit_PullsClearanceDown()
    {
        var subject = EstimationSubject.Create(DosingHistory.Regular(Dose.FromMilligrams(2), 24, 20), ClearanceSchedule.None,
            [Observation.AboveLimit(168, 15.0)]);

        MapEstimate e = MapEstimator.Estimate(ReferencePrior(), subject);

        Assert.True(e.Etas[0] < -0.2, $"ETA_CL {e.Etas[0]} should fall when the trough is above 15 ng/mL");
    }

    [Fact]
    public void Estimate_SimulatedIndividual_RecoversClearanceWithRichData()
    {
        SubjectPrior prior = ReferencePrior();
        IndividualParameters truth = prior.Individual([0.4, -0.2]);
        var doses = DosingHistory.Regular(Dose.FromMilligrams(2), 24, 30);
        double[] times = [.. Enumerable.Range(1, 28).Select(d => d * 24.0)];
        double[] c = ConcentrationSolver.Predict(truth, doses, times);
        var subject = EstimationSubject.Create(doses, ClearanceSchedule.None, times.Select((t, i) => Observation.Measured(t, c[i])));

        MapEstimate e = MapEstimator.Estimate(prior, subject);

        Tolerance.AssertClose(0.4, e.Etas[0], relative: 0, absolute: 0.05);
    }
}
