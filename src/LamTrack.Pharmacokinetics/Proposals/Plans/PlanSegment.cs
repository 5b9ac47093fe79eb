namespace LamTrack.Pharmacokinetics.Proposals.Plans;

/// <summary>A stretch [start, end) of the plan horizon with one interaction state, before a regimen is chosen for it.</summary>
/// <param name="StartHours">Start, h from the history's reference (a dose time).</param>
/// <param name="EndHours">End, h (exclusive; a dose time).</param>
/// <param name="Label">What the interacting drugs do in it, e.g. "onset of rifampicin; washout of ketoconazole".</param>
internal sealed record PlanSegment(double StartHours, double EndHours, string Label)
{
    public double LengthDays => (EndHours - StartHours) / 24.0;

    public double MidHours => 0.5 * (StartHours + EndHours);
}
