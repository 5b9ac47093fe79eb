using LamTrack.Pharmacokinetics.Interactions;

namespace LamTrack.Pharmacokinetics.Proposals.Plans;

/// <summary>A co-medication period whose drug the interaction table sizes, with the times its effect settles.</summary>
/// <remarks>
/// The effect is taken as settled after three time constants of the table's time course (95 % of the change):
/// onset ends at start + 3·τ_on, the washout at stop + 3·τ_off.
/// </remarks>
internal sealed record PlanPeriod(Perpetrator Perpetrator, double StartHours, double StopHours)
{
    public const double TimeConstantsToSettle = 3.0;

    public double OnsetEndHours => StartHours + (TimeConstantsToSettle * Perpetrator.OnsetTimeConstantHours);

    public double WashoutEndHours => StopHours + (TimeConstantsToSettle * Perpetrator.OffsetTimeConstantHours);

    public IEnumerable<double> ChangeTimes => [StartHours, OnsetEndHours, StopHours, WashoutEndHours];

    /// <summary>What the drug does at <paramref name="t"/>, or null when nothing (not yet started, or long washed out).</summary>
    public string? StateAt(double t) => t switch
    {
        _ when t < StartHours => null,
        _ when t < Math.Min(OnsetEndHours, StopHours) => "onset of " + Perpetrator.Name,
        _ when t < StopHours => "on " + Perpetrator.Name,
        _ when t < WashoutEndHours => "washout of " + Perpetrator.Name,
        _ => "after " + Perpetrator.Name,
    };
}
