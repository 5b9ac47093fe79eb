using LamTrack.Pharmacokinetics.Dosing;

namespace LamTrack.Pharmacokinetics.Proposals.Plans;

/// <summary>One phase of an interaction-aware dose plan: the regimen over [start, end) and the troughs it is predicted to give.</summary>
/// <remarks>
/// Times are hours from the dosing history's reference; doses are taken every 24 h from <see cref="StartHours"/>. The
/// phase's troughs are those drawn in (start, end], just before each dose, so the trough on the morning of the next
/// switch still belongs to this phase. Concentrations are in ng/mL (whole blood).
/// </remarks>
public sealed record DosePlanPhase
{
    /// <summary>What the interacting drugs do in the phase, e.g. "on rifampicin" or "washout of rifampicin".</summary>
    public required string Label { get; init; }

    /// <summary>Start of the phase (the first dose of its regimen), h.</summary>
    public required double StartHours { get; init; }

    /// <summary>End of the phase (exclusive: the next phase's first dose), h.</summary>
    public required double EndHours { get; init; }

    /// <summary>The CL/F multiplier from interactions at the start of the phase (1 = none).</summary>
    public required double ClearanceMultiplierAtStart { get; init; }

    /// <summary>The CL/F multiplier at the end of the phase.</summary>
    public required double ClearanceMultiplierAtEnd { get; init; }

    /// <summary>The regimen of the phase (may be beyond the label maximum: see <see cref="IsBeyondLabel"/>).</summary>
    public required DoseCandidate Regimen { get; init; }

    /// <summary>The daily dose, mg/day, that brings the steady-state trough at the posterior mode to the window centre
    /// with the multiplier of the end of the phase; shown even when beyond the label maximum, never capped. Null when no
    /// daily dose reaches it under the model (CL/F rising with the dose, see <see cref="PlanPhaseChooser.NeededDaily"/>).</summary>
    public required double? NeededDailyMilligrams { get; init; }

    /// <summary>True when the regimen or the needed dose exceeds <see cref="SirolimusLabel.MaximumDailyDose"/>, or when no dose reaches the window centre.</summary>
    public required bool IsBeyondLabel { get; init; }

    /// <summary>Lowest trough of the phase at the posterior mode, ng/mL.</summary>
    public required double LowestTroughNanogramsPerMillilitre { get; init; }

    /// <summary>Highest trough of the phase at the posterior mode, ng/mL.</summary>
    public required double HighestTroughNanogramsPerMillilitre { get; init; }

    /// <summary>Lowest 5th percentile of the phase's troughs over the posterior draws, ng/mL (lower edge of the 90 % band).</summary>
    public required double LowerNanogramsPerMillilitre { get; init; }

    /// <summary>Highest 95th percentile of the phase's troughs over the posterior draws, ng/mL (upper edge of the 90 % band).</summary>
    public required double UpperNanogramsPerMillilitre { get; init; }

    /// <summary>Posterior probability that the last trough of the phase lies in the window.</summary>
    public required double ProbabilityInWindowAtEnd { get; init; }

    /// <summary>When to draw a trough in this phase, h (08:00 before the dose).</summary>
    public required IReadOnlyList<double> CheckTroughTimesHours { get; init; }

    /// <summary>The doses of the phase: the regimen's cycle every 24 h over [start, end).</summary>
    public IEnumerable<DoseEvent> Doses() => DosesOf(Regimen, StartHours, EndHours);

    internal static IEnumerable<DoseEvent> DosesOf(DoseCandidate regimen, double startHours, double endHours)
    {
        int days = (int)Math.Round((endHours - startHours) / 24);
        IReadOnlyList<double> cycle = regimen.CycleMilligrams;
        return Enumerable.Range(0, days).Where(k => cycle[k % cycle.Count] > 0)
            .Select(k => DoseEvent.Create(startHours + (24.0 * k), cycle[k % cycle.Count], DoseCompartment.Depot, 0));
    }
}
