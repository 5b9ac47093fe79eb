using LamTrack.Pharmacokinetics.Dosing;
using LamTrack.Pharmacokinetics.Estimation;
using LamTrack.Pharmacokinetics.Models;
using LamTrack.Pharmacokinetics.Solver;

namespace LamTrack.Pharmacokinetics.Proposals;

/// <summary>Scores practical regimens by predicted steady-state trough and posterior probability of being in the target window.</summary>
/// <remarks>Ranking: probability in the window, then the window score, then the log distance of the predicted trough from the
/// window centre (so that, when nothing reaches the window, the closest regimen comes first), then once daily before alternating.</remarks>
/// <remarks>
/// For each candidate, the periodic steady state of its cycle is solved exactly (<see cref="SteadyState"/>) at the posterior
/// mode and for each posterior draw (<see cref="PosteriorSampler"/>), with the CL/F multiplier expected four weeks after the
/// decision (so a stopped inducer has worn off and an ongoing inhibitor is at full effect). When the model has a daily-dose
/// covariate (DDOSE, Jiao 2009) CL/F is re-evaluated at each candidate's mean daily dose. The same seed gives the same
/// draws for every candidate (common random numbers), so candidates are compared without sampling noise between them.
/// </remarks>
public static class DoseProposer
{
    private const string DailyDoseCovariate = "DDOSE";
    private const double SettleHours = 28 * 24;

    /// <summary>Scores and ranks the candidates.</summary>
    public static DoseProposalResult Propose(DoseProposalRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        double multiplier = request.Clearance.MultiplierAt(request.DecisionTimeHours + SettleHours);
        DoseProposal[] scored = [.. request.Candidates.Select(c => Score(request, c, multiplier))];
        DoseProposal[] ranked = [.. scored
            .OrderByDescending(p => Math.Round(p.ProbabilityInTarget, 2))
            .ThenByDescending(p => Math.Round(p.Score, 2))
            .ThenBy(p => Math.Round(Math.Abs(Math.Log(Math.Sqrt(p.LowestTroughNanogramsPerMillilitre * p.HighestTroughNanogramsPerMillilitre) / request.Window.Centre)), 2))
            .ThenBy(p => p.Candidate.IsOnceDaily ? 0 : 1)
            .ThenBy(p => p.Candidate.MeanDailyMilligrams)];
        ProportionalRule? rule = request.CurrentDailyMilligrams is double cur && request.LastTroughNanogramsPerMillilitre is double last
            ? ProportionalRule.For(cur, last, request.Window)
            : null;
        (int day, string reason) = NextTrough(request, ranked[0].Candidate);
        return new DoseProposalResult(ranked, rule, day, reason, multiplier);
    }

    private static DoseProposal Score(DoseProposalRequest r, DoseCandidate c, double multiplier)
    {
        SubjectPrior prior = PriorFor(r.Prior, c);
        var sampler = PosteriorSampler.Create(prior, r.Estimate, r.Seed);
        double[] mode = Troughs(prior.Individual([.. sampler.Mode]).WithClearanceMultipliedBy(multiplier), c);
        var eta = new double[prior.EtaCount];
        int inside = 0;
        for (int s = 0; s < r.Samples; s++)
        {
            sampler.Next(eta);
            double[] t = Troughs(prior.Individual(eta).WithClearanceMultipliedBy(multiplier), c);
            inside += t.All(r.Window.Contains) ? 1 : 0;
        }

        double geometric = Math.Exp(mode.Average(v => Math.Log(Math.Max(v, 1e-12))));
        return new DoseProposal(c, mode.Min(), mode.Max(), (double)inside / r.Samples, r.Window.Score(geometric));
    }

    /// <summary>Steady-state troughs (ng/mL) before each day's dose of the candidate's cycle.</summary>
    internal static double[] Troughs(IndividualParameters p, DoseCandidate c)
    {
        var prop = new Propagator(p);
        (double, double, DoseCompartment)[] doses = [.. c.CycleMilligrams.Select((d, k) => (24.0 * k, d, DoseCompartment.Depot)).Where(x => x.d > 0)];
        CompartmentState s = SteadyState.PreDose(prop, doses, 24.0 * c.CycleMilligrams.Count);
        var troughs = new double[c.CycleMilligrams.Count];
        for (int k = 0; k < troughs.Length; k++)
        {
            troughs[k] = s.CentralMilligrams / p.CentralVolumeLitres * ConcentrationSolver.NanogramsPerMillilitrePerMilligramPerLitre;
            s = prop.Advance(SteadyState.AddDose(s, c.CycleMilligrams[k], DoseCompartment.Depot), 24.0);
        }

        return troughs;
    }

    internal static SubjectPrior PriorFor(SubjectPrior prior, DoseCandidate c)
    {
        if (!prior.Model.Covariates.Any(d => string.Equals(d.Name, DailyDoseCovariate, StringComparison.OrdinalIgnoreCase)))
        {
            return prior;
        }

        var covariates = new Dictionary<string, double>(prior.Covariates, StringComparer.OrdinalIgnoreCase) { [DailyDoseCovariate] = Math.Max(c.MeanDailyMilligrams, 0.1) };
        return SubjectPrior.Create(prior.Model, covariates);
    }

    private static (int Day, string Reason) NextTrough(DoseProposalRequest r, DoseCandidate best)
    {
        SubjectPrior prior = PriorFor(r.Prior, best);
        IndividualParameters p = prior.Individual([.. PosteriorSampler.Create(prior, r.Estimate, r.Seed).Mode]);
        double settled = Troughs(p.WithClearanceMultipliedBy(r.Clearance.MultiplierAt(r.DecisionTimeHours + SettleHours)), best).Min();
        int days = 56;
        IEnumerable<DoseEvent> future = Enumerable.Range(0, days).Where(k => best.CycleMilligrams[k % best.CycleMilligrams.Count] > 0)
            .Select(k => DoseEvent.Create(r.DecisionTimeHours + (24.0 * k), best.CycleMilligrams[k % best.CycleMilligrams.Count], DoseCompartment.Depot, 0));
        DosingHistory plan = r.History.Before(r.DecisionTimeHours).Append(future);
        double[] times = [.. Enumerable.Range(1, days).Select(k => r.DecisionTimeHours + (24.0 * k))];
        var c = new double[days];
        ConcentrationSolver.Predict(p, plan, r.Clearance, times, c);
        for (int d = 7; d <= days; d++)
        {
            if (Math.Abs(c[d - 1] - settled) <= 0.1 * settled)
            {
                return (d, $"day {d}: the predicted trough is within 10 % of the new steady state ({settled:0.##} ng/mL); not earlier than 7 days after a change (label)");
            }
        }

        return (14, $"the predicted trough is still more than 10 % from the new steady state after {days} days; check at day 14 and reassess");
    }
}
