using LamTrack.Pharmacokinetics.Dosing;
using LamTrack.Pharmacokinetics.Estimation;

namespace LamTrack.Pharmacokinetics.Proposals.Plans;

/// <summary>The 90 % band of each phase's troughs from posterior draws of the whole plan, and the trough days to check.</summary>
/// <remarks>
/// Each draw η is simulated through the whole plan, so the bands of consecutive phases describe the same plausible patients. Parameter uncertainty only, as in <see cref="Forecaster"/>.
/// Trough checks follow the label's rhythm (EU SmPC S-LAM posology [L]: a new maintenance dose is kept at least 7–14
/// days before the next adjustment): 7 days after each switch, or the last trough of a shorter phase; the trough before
/// the next switch when the phase is longer; 14 days into the last phase.
/// </remarks>
internal static class PlanBand
{
    private const double CheckAfterSwitchHours = 7 * 24;
    private const double SecondCheckInLastPhaseHours = 14 * 24;

    public static DosePlanPhase[] Add(DoseProposalRequest p, PlanChoice[] choices, ClearanceSchedule clearance)
    {
        DosingHistory doses = p.History.Before(p.DecisionTimeHours).Append(choices.SelectMany(c => DosePlanPhase.DosesOf(c.Regimen, c.Segment.StartHours, c.Segment.EndHours)));
        double[][][] draws = Draws(p, choices, doses, clearance);
        return [.. choices.Select((c, i) => Phase(p, c, draws[i], i == choices.Length - 1))];
    }

    private static double[][][] Draws(DoseProposalRequest p, PlanChoice[] choices, DosingHistory doses, ClearanceSchedule clearance)
    {
        double[][] times = [.. choices.Select(c => c.TroughTimes)];
        double[] all = [.. times.SelectMany(t => t)];
        double[][][] draws = [.. times.Select(t => t.Select(_ => new double[p.Samples]).ToArray())];
        var sampler = PosteriorSampler.Create(p.Prior, p.Estimate, p.Seed);
        var eta = new double[p.Prior.EtaCount];
        var one = new double[all.Length];
        for (int s = 0; s < p.Samples; s++)
        {
            sampler.Next(eta);
            Solver.ConcentrationSolver.Predict(p.Prior.Individual(eta), doses, clearance, all, one);
            int k = 0;
            for (int i = 0; i < times.Length; i++)
            {
                for (int j = 0; j < times[i].Length; j++)
                {
                    draws[i][j][s] = one[k++];
                }
            }
        }

        return draws;
    }

    private static DosePlanPhase Phase(DoseProposalRequest p, PlanChoice c, double[][] draws, bool last)
    {
        foreach (double[] d in draws)
        {
            Array.Sort(d);
        }

        double max = SirolimusLabel.MaximumDailyDose.ToMilligramsPerDay();
        return new DosePlanPhase
        {
            Label = c.Segment.Label,
            StartHours = c.Segment.StartHours,
            EndHours = c.Segment.EndHours,
            ClearanceMultiplierAtStart = p.Clearance.MultiplierAt(c.Segment.StartHours),
            ClearanceMultiplierAtEnd = p.Clearance.MultiplierAt(c.Segment.EndHours - 1),
            Regimen = c.Regimen,
            NeededDailyMilligrams = c.NeededDailyMilligrams,
            IsBeyondLabel = c.Regimen.MeanDailyMilligrams > max || c.NeededDailyMilligrams is not double n || n > max,
            LowestTroughNanogramsPerMillilitre = c.ModeTroughs.Min(),
            HighestTroughNanogramsPerMillilitre = c.ModeTroughs.Max(),
            LowerNanogramsPerMillilitre = draws.Min(d => Forecaster.Percentile(d, 0.05)),
            UpperNanogramsPerMillilitre = draws.Max(d => Forecaster.Percentile(d, 0.95)),
            ProbabilityInWindowAtEnd = draws[^1].Count(p.Window.Contains) / (double)draws[^1].Length,
            CheckTroughTimesHours = Checks(c.Segment, last),
        };
    }

    private static double[] Checks(PlanSegment s, bool last)
    {
        double first = Math.Min(s.StartHours + CheckAfterSwitchHours, s.EndHours);
        var checks = new SortedSet<double> { first };
        if (!last)
        {
            checks.Add(s.EndHours);
        }
        else if (s.StartHours + SecondCheckInLastPhaseHours <= s.EndHours)
        {
            checks.Add(s.StartHours + SecondCheckInLastPhaseHours);
        }

        return [.. checks];
    }
}
