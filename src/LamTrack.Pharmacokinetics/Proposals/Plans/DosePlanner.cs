using LamTrack.Pharmacokinetics.Dosing;
using LamTrack.Pharmacokinetics.Estimation;
using LamTrack.Pharmacokinetics.Interactions;
using LamTrack.Pharmacokinetics.Models;

namespace LamTrack.Pharmacokinetics.Proposals.Plans;

/// <summary>Plans the sirolimus dose across a start or a stop of an interacting drug: one regimen per phase, with the
/// predicted trough band of each phase and the days to check a trough.</summary>
/// <remarks>
/// A plan is made only when the CL/F multiplier from interactions changes by more than
/// <see cref="DosePlanRequest.ChangeThreshold"/> within the horizon (a perpetrator started or stopped recently, or one
/// with a recorded stop date ahead); otherwise <see cref="Plan"/> returns null and the single steady-state proposal of
/// <see cref="DoseProposer"/> stands.
/// The horizon is cut into phases where the interaction state changes (<see cref="PlanSegments"/>: during the course,
/// onset, washout of an inducer or inhibitor, after). Phase by phase, the regimen is chosen at the posterior mode by
/// simulating the whole history, the regimens already chosen and each candidate with the time-varying CL/F schedule,
/// minimising the mean squared log distance of the phase's troughs from the window centre √(low·high) (the Tucuxi
/// log-scale score without its floor, so candidates that all miss the window are still ordered). A daily-dose covariate
/// on CL/F (DDOSE, Jiao 2009) is held at the prior's value while the plan is simulated: it describes differences between
/// patients, and letting a phase's dose change the clearance of the drug already in the body would make a lower dose
/// raise the level. It is evaluated at the dose for the steady-state needed dose, as <see cref="DoseProposer"/> does. The catalogue reaches
/// beyond the label maximum when the needed dose does (up to <see cref="CatalogueCeilingMilligramsPerDay"/>): such a
/// regimen is flagged, never capped. The band of each phase comes from posterior draws of the whole plan.
/// </remarks>
public static class DosePlanner
{
    /// <summary>The largest daily dose the planner's catalogue contains, mg/day (ten times the label maximum); a needed
    /// dose above it is still reported as <see cref="DosePlanPhase.NeededDailyMilligrams"/>.</summary>
    public const double CatalogueCeilingMilligramsPerDay = 40;

    /// <summary>The plan, or null when the CL/F multiplier does not change in the horizon.</summary>
    public static DosePlan? Plan(DosePlanRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        DoseProposalRequest p = request.Proposal;
        double decision = p.DecisionTimeHours, end = decision + request.HorizonHours;
        (double low, double high) = Range(p.Clearance, decision, end);
        PlanPeriod[] periods = Periods(request, decision, end);
        if (high / low - 1 <= request.ChangeThreshold || periods.Length == 0)
        {
            return null;
        }

        List<PlanSegment> segments = PlanSegments.Find(periods, decision, end);
        PlanChoice[] choices = PlanPhaseChooser.Choose(p, segments);
        ClearanceSchedule clearance = p.Clearance;
        DosePlanPhase[] phases = PlanBand.Add(p, choices, clearance);
        string reason = PlanTexts.Reason(low, high, request.HorizonHours, periods);
        return new DosePlan(phases, reason, PlanTexts.TimeCourses(periods), PlanTexts.Alternatives(periods, decision), request.HorizonHours, clearance);
    }

    /// <summary>The smallest daily dose, mg/day, whose steady-state trough at the posterior mode of <paramref name="estimate"/>
    /// (the prior's typical values when null), with CL/F × <paramref name="clearanceMultiplier"/>, reaches the centre of
    /// <paramref name="window"/>; null when no dose up to 400 mg/day does (CL/F rising with a daily-dose covariate).</summary>
    public static double? NeededDailyMilligrams(SubjectPrior prior, MapEstimate? estimate, double clearanceMultiplier, TargetWindow window)
    {
        ArgumentNullException.ThrowIfNull(prior);
        double[] mode = [.. PosteriorSampler.Create(prior, estimate, 0).Mode];
        var request = new DoseProposalRequest(prior, estimate, DosingHistory.From([]), ClearanceSchedule.None, 0, window, [], 20, 0, null, null);
        return PlanPhaseChooser.NeededDaily(request, mode, clearanceMultiplier);
    }

    private static (double Low, double High) Range(ClearanceSchedule schedule, double from, double to)
    {
        double low = double.PositiveInfinity, high = 0;
        for (double t = from; t <= to; t += 12)
        {
            double m = schedule.MultiplierAt(t);
            low = Math.Min(low, m);
            high = Math.Max(high, m);
        }

        return (low, high);
    }

    private static PlanPeriod[] Periods(DosePlanRequest request, double decision, double end)
    {
        var periods = new List<PlanPeriod>();
        foreach (CoMedicationPeriod c in request.CoMedications)
        {
            if (request.Table.Find(c.Drug) is { IsModelled: true } perpetrator)
            {
                var period = new PlanPeriod(perpetrator, c.StartHours, c.StopHours ?? double.PositiveInfinity);
                if (period.StartHours < end && period.WashoutEndHours > decision)
                {
                    periods.Add(period);
                }
            }
        }

        return [.. periods.DistinctBy(p => (p.Perpetrator.Name, p.StartHours, p.StopHours))];
    }
}
