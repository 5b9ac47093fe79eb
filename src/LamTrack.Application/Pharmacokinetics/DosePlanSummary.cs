namespace LamTrack.Application.Pharmacokinetics;

/// <summary>The dose plan in phases of a dose proposal, made when the CL/F multiplier from interacting drugs changes
/// within the forecast horizon (a perpetrator started or stopped recently, or one with a recorded stop date ahead).</summary>
/// <param name="Reason">Why a single steady-state dose is not enough.</param>
/// <param name="Phases">The phases in time order, from the decision date to the end of the horizon.</param>
/// <param name="TimeCourses">The onset and offset time constants used for each interacting drug, their verification and
/// basis; an unverified one is said to be a configurable assumption of the interaction table.</param>
/// <param name="Alternatives">The option of changing each interacting drug to one that does not interact, with the label's advice.</param>
/// <param name="HorizonDays">Length of the plan, days.</param>
public sealed record DosePlanSummary(
    string Reason, IReadOnlyList<PlanPhaseSummary> Phases, IReadOnlyList<string> TimeCourses, IReadOnlyList<string> Alternatives, int HorizonDays)
{
    /// <summary>True when a phase needs a dose beyond the label maximum (shown with its value, never capped).</summary>
    public bool IsBeyondLabel => Phases.Any(p => p.IsBeyondLabel);
}
