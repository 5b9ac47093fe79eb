using LamTrack.Pharmacokinetics.Dosing;

namespace LamTrack.Pharmacokinetics.Proposals.Plans;

/// <summary>An interaction-aware dose plan: one regimen per phase while the CL/F multiplier from interacting drugs changes.</summary>
/// <param name="Phases">The phases in time order, covering the horizon from the decision without gaps.</param>
/// <param name="Reason">Why a plan is needed: how much the CL/F multiplier changes in the horizon and through which drugs.</param>
/// <param name="TimeCourses">For each interacting drug: the onset and offset time constants used, their verification and
/// basis, and, when unverified, that they are a configurable assumption of the interaction table.</param>
/// <param name="Alternatives">For each interacting drug taken in the horizon: the option of changing it to one that does not
/// interact, with the label's advice.</param>
/// <param name="HorizonHours">Length of the plan from the decision, h.</param>
/// <param name="Clearance">The CL/F schedule from interactions the plan was simulated with; a forecast of the plan uses it.</param>
public sealed record DosePlan(
    IReadOnlyList<DosePlanPhase> Phases, string Reason, IReadOnlyList<string> TimeCourses, IReadOnlyList<string> Alternatives, double HorizonHours,
    ClearanceSchedule Clearance)
{
    /// <summary>True when any phase needs a dose beyond the label maximum.</summary>
    public bool IsBeyondLabel => Phases.Any(p => p.IsBeyondLabel);

    /// <summary>Every planned dose, phase after phase.</summary>
    public IEnumerable<DoseEvent> Doses() => Phases.SelectMany(p => p.Doses());
}
