namespace LamTrack.Application.Pharmacokinetics;

/// <summary>One scored candidate regimen of a dose proposal.</summary>
/// <param name="Description">Readable regimen, e.g. "2 mg once daily (tablets)".</param>
/// <param name="CycleMilligrams">Dose on each day of the repeating cycle, mg (one entry: once daily; two: alternating).</param>
/// <param name="MeanDailyMilligrams">Mean daily dose, mg/day.</param>
/// <param name="LowestTroughNanogramsPerMillilitre">Predicted steady-state trough at the posterior mode (lowest of the cycle), ng/mL.</param>
/// <param name="HighestTroughNanogramsPerMillilitre">Highest steady-state trough of the cycle, ng/mL.</param>
/// <param name="ProbabilityInWindow">Posterior probability (0–1) that every trough of the cycle lies in the window.</param>
/// <param name="Score">Log-scale window score of the geometric-mean trough (1 at the centre, 0 at or beyond the edges).</param>
/// <param name="IsBeyondLabel">True when the mean daily dose exceeds the label maximum (shown, never capped).</param>
public sealed record RegimenOption(
    string Description, IReadOnlyList<double> CycleMilligrams, double MeanDailyMilligrams, double LowestTroughNanogramsPerMillilitre,
    double HighestTroughNanogramsPerMillilitre, double ProbabilityInWindow, double Score, bool IsBeyondLabel)
{
    /// <summary>True for a once-daily constant dose.</summary>
    public bool IsOnceDaily => CycleMilligrams.Count == 1;
}
