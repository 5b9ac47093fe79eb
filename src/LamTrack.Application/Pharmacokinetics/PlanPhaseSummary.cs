using NodaTime;

namespace LamTrack.Application.Pharmacokinetics;

/// <summary>One phase of a dose plan as dates and doses: the regimen from <see cref="StartDate"/> up to (not including)
/// <see cref="EndDate"/>, its predicted troughs and the days to draw one.</summary>
/// <remarks>Troughs are whole-blood concentrations in ng/mL drawn at 08:00 before the dose; the band is the 90 % interval
/// from the patient's posterior (the population prior without troughs), parameter uncertainty only.</remarks>
public sealed record PlanPhaseSummary
{
    /// <summary>What the interacting drugs do in the phase, e.g. "on rifampicin" or "washout of ketoconazole".</summary>
    public required string Label { get; init; }

    /// <summary>The first day of the phase's regimen (the switch date).</summary>
    public required LocalDate StartDate { get; init; }

    /// <summary>The first day after the phase (the next switch date, or the end of the horizon).</summary>
    public required LocalDate EndDate { get; init; }

    /// <summary>The regimen, e.g. "3 mg once daily (tablets)", with "(beyond label)" data in <see cref="IsBeyondLabel"/>.</summary>
    public required string Regimen { get; init; }

    /// <summary>The dose of each day of the regimen's cycle, mg.</summary>
    public required IReadOnlyList<double> CycleMilligrams { get; init; }

    /// <summary>The regimen's mean daily dose, mg/day.</summary>
    public required double MeanDailyMilligrams { get; init; }

    /// <summary>The daily dose that brings the steady-state trough to the window centre at the end of the phase, mg/day
    /// (not capped); null when no daily dose reaches it under the model.</summary>
    public required double? NeededDailyMilligrams { get; init; }

    /// <summary>True when the regimen or the needed dose exceeds the label maximum daily dose.</summary>
    public required bool IsBeyondLabel { get; init; }

    /// <summary>The CL/F multiplier from interactions at the start and at the end of the phase.</summary>
    public required double ClearanceMultiplierAtStart { get; init; }

    /// <summary>The CL/F multiplier at the end of the phase.</summary>
    public required double ClearanceMultiplierAtEnd { get; init; }

    /// <summary>Lowest predicted trough of the phase (posterior mode), ng/mL.</summary>
    public required double LowestTroughNanogramsPerMillilitre { get; init; }

    /// <summary>Highest predicted trough of the phase (posterior mode), ng/mL.</summary>
    public required double HighestTroughNanogramsPerMillilitre { get; init; }

    /// <summary>Lower edge of the phase's 90 % trough band, ng/mL.</summary>
    public required double LowerNanogramsPerMillilitre { get; init; }

    /// <summary>Upper edge of the phase's 90 % trough band, ng/mL.</summary>
    public required double UpperNanogramsPerMillilitre { get; init; }

    /// <summary>Posterior probability that the last trough of the phase lies in the window.</summary>
    public required double ProbabilityInWindowAtEnd { get; init; }

    /// <summary>The days to draw a trough in this phase (08:00, before the dose).</summary>
    public required IReadOnlyList<LocalDate> CheckTroughDates { get; init; }
}
