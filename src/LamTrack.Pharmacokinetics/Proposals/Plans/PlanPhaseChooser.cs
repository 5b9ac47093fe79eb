using LamTrack.Measures.Quantities;
using LamTrack.Pharmacokinetics.Dosing;
using LamTrack.Pharmacokinetics.Estimation;
using LamTrack.Pharmacokinetics.Solver;

namespace LamTrack.Pharmacokinetics.Proposals.Plans;

/// <summary>Chooses each phase's regimen at the posterior mode, phase after phase (see <see cref="DosePlanner"/>).</summary>
internal static class PlanPhaseChooser
{
    public static PlanChoice[] Choose(DoseProposalRequest p, IReadOnlyList<PlanSegment> segments)
    {
        double[] mode = [.. PosteriorSampler.Create(p.Prior, p.Estimate, p.Seed).Mode];
        var choices = new List<PlanChoice>();
        DosingHistory history = p.History.Before(p.DecisionTimeHours);
        foreach (PlanSegment s in segments)
        {
            PlanChoice choice = ChooseOne(p, mode, history, s);
            choices.Add(choice);
            history = history.Append(DosePlanPhase.DosesOf(choice.Regimen, s.StartHours, s.EndHours));
        }

        return [.. choices];
    }

    private static PlanChoice ChooseOne(DoseProposalRequest p, double[] mode, DosingHistory before, PlanSegment s)
    {
        double? needed = NeededDaily(p, mode, p.Clearance.MultiplierAt(s.EndHours - 1));
        double top = Math.Clamp(Math.Ceiling((needed ?? double.MaxValue / 4) * 2 * 1.25) / 2, SirolimusLabel.MaximumDailyDose.ToMilligramsPerDay(), DosePlanner.CatalogueCeilingMilligramsPerDay);
        double[] times = PlanChoice.TroughTimesOf(s);
        (DoseCandidate Candidate, double[] Troughs, double Penalty)[] scored =
            [.. DoseCandidate.Standard(DailyDose.FromMilligramsPerDay(top)).Select(c => Score(p, mode, before, s, c, times))];
        var best = scored.OrderBy(x => Math.Round(x.Penalty, 4)).ThenBy(x => x.Candidate.IsOnceDaily ? 0 : 1)
            .ThenBy(x => x.Candidate.MeanDailyMilligrams).First();
        return new PlanChoice(s, best.Candidate, needed, best.Troughs);
    }

    private static (DoseCandidate, double[], double) Score(
        DoseProposalRequest p, double[] mode, DosingHistory before, PlanSegment s, DoseCandidate c, double[] times)
    {
        IndividualParameters parameters = p.Prior.Individual(mode);
        DosingHistory doses = before.Append(DosePlanPhase.DosesOf(c, s.StartHours, s.EndHours));
        var troughs = new double[times.Length];
        ConcentrationSolver.Predict(parameters, doses, p.Clearance, times, troughs);
        double centre = p.Window.Centre;
        double penalty = troughs.Average(t => Math.Pow(Math.Log(Math.Max(t, 1e-9) / centre), 2));
        return (c, troughs, penalty);
    }

    /// <summary>The smallest daily dose whose steady-state trough at the mode, with CL/F × <paramref name="multiplier"/>,
    /// reaches the window centre, mg/day; null when no dose up to <see cref="NeededSearchCeilingMilligrams"/> does.</summary>
    /// <remarks>
    /// Linear models need one proportional step, but a daily-dose covariate on CL/F (DDOSE^θ, Jiao 2009) makes CL/F rise
    /// with the dose, and once k = CL/V nears ka the trough falls again: the trough is then not monotone in the dose and
    /// may never reach the centre. The dose is therefore found by a scan on a log grid (0.01 mg to the ceiling) followed by
    /// bisection between the last grid dose below the centre and the first above it.
    /// </remarks>
    internal static double? NeededDaily(DoseProposalRequest p, double[] mode, double multiplier)
    {
        double Trough(double d)
        {
            var candidate = new DoseCandidate([d], "tablets");
            IndividualParameters parameters = DoseProposer.PriorFor(p.Prior, candidate).Individual(mode).WithClearanceMultipliedBy(multiplier);
            return DoseProposer.Troughs(parameters, candidate)[0];
        }

        double centre = p.Window.Centre, low = NeededSearchFloorMilligrams;
        for (int i = 1; i <= NeededGridPoints; i++)
        {
            double high = NeededSearchFloorMilligrams * Math.Pow(NeededSearchCeilingMilligrams / NeededSearchFloorMilligrams, (double)i / NeededGridPoints);
            if (Trough(high) >= centre)
            {
                return Bisect(Trough, low, high, centre);
            }

            low = high;
        }

        return null;
    }

    /// <summary>The upper end of the search for the needed dose, mg/day (a hundred times the label maximum).</summary>
    internal const double NeededSearchCeilingMilligrams = 400;

    private const double NeededSearchFloorMilligrams = 0.01;
    private const int NeededGridPoints = 160;

    private static double Bisect(Func<double, double> trough, double low, double high, double centre)
    {
        for (int i = 0; i < 50 && high - low > 1e-9 * high; i++)
        {
            double mid = 0.5 * (low + high);
            (low, high) = trough(mid) >= centre ? (low, mid) : (mid, high);
        }

        return high;
    }
}
