using LamTrack.Pharmacokinetics.Models;

namespace LamTrack.Pharmacokinetics.Simulation;

/// <summary>A Monte Carlo request: N virtual patients on a regular oral regimen.</summary>
/// <param name="Prior">The model and covariates; η is drawn from N(0, Ω).</param>
/// <param name="DoseMilligrams">Dose per administration, mg (&gt; 0).</param>
/// <param name="IntervalHours">Dosing interval τ, h (&gt; 0).</param>
/// <param name="Intervals">Number of doses; one trough at the end of each interval (time n·τ, just before dose n+1).</param>
/// <param name="Subjects">Number of virtual patients N.</param>
/// <param name="Seed">Seed; the result is identical for a seed whatever the thread count.</param>
/// <param name="TargetLowNanogramsPerMillilitre">Lower edge of the target window, ng/mL.</param>
/// <param name="TargetHighNanogramsPerMillilitre">Upper edge of the target window, ng/mL.</param>
/// <param name="ReportIntervals">1-based interval numbers to summarise (e.g. day 7, 14, 28 of q24h).</param>
/// <param name="ResidualError">True to add the model's residual error to every trough (an observed level); false for the true level.</param>
public sealed record PopulationSimulationRequest(
    SubjectPrior Prior, double DoseMilligrams, double IntervalHours, int Intervals, int Subjects, ulong Seed,
    double TargetLowNanogramsPerMillilitre, double TargetHighNanogramsPerMillilitre, IReadOnlyList<int> ReportIntervals,
    bool ResidualError = true);
