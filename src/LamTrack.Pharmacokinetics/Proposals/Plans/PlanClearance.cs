using LamTrack.Pharmacokinetics.Dosing;
using LamTrack.Pharmacokinetics.Models;

namespace LamTrack.Pharmacokinetics.Proposals.Plans;

/// <summary>The CL/F schedule of a plan: the interaction schedule times each phase's dose-dependent CL/F ratio.</summary>
/// <remarks>
/// With a daily-dose covariate on CL/F (DDOSE, Jiao 2009) a phase's regimen changes CL/F only while it is taken: the
/// ratio CL/F(phase dose) ÷ CL/F(the prior's dose) holds over [start, end) of the phase and is 1 before the decision, so
/// the history keeps the clearance it was estimated with. Covariate effects multiply the typical value and η enters as
/// e^η, so the ratio is the same for every η. Without such a covariate every ratio is 1.
/// </remarks>
internal static class PlanClearance
{
    public static double Ratio(SubjectPrior prior, DoseCandidate regimen)
    {
        double baseClearance = prior.Typical.ClearanceLitresPerHour;
        return DoseProposer.PriorFor(prior, regimen).Typical.ClearanceLitresPerHour / baseClearance;
    }

    public static ClearanceSchedule Combine(ClearanceSchedule interactions, IReadOnlyList<(double StartHours, double EndHours, double Ratio)> phases)
    {
        var times = new SortedSet<double>(interactions.Changes.Select(c => c.TimeHours));
        foreach ((double start, double end, _) in phases)
        {
            times.Add(start);
            times.Add(end);
        }

        return ClearanceSchedule.From(times.Select(t => (t, interactions.MultiplierAt(t) * RatioAt(phases, t))));
    }

    private static double RatioAt(IReadOnlyList<(double StartHours, double EndHours, double Ratio)> phases, double t)
    {
        foreach ((double start, double end, double ratio) in phases)
        {
            if (t >= start && t < end)
            {
                return ratio;
            }
        }

        return phases.Count > 0 && t >= phases[^1].EndHours ? phases[^1].Ratio : 1.0;
    }
}
