namespace LamTrack.Pharmacokinetics.Simulation;

/// <summary>The result of a Monte Carlo run: summaries at the reported troughs and the probability of target attainment at every trough.</summary>
/// <param name="Request">The request.</param>
/// <param name="Summaries">One summary per reported interval, in the order asked.</param>
/// <param name="ProbabilityInTargetByInterval">Probability of target attainment at every trough, index 0 = interval 1.</param>
/// <param name="MeanByInterval">Mean trough (ng/mL) at every trough, index 0 = interval 1.</param>
public sealed record PopulationSimulationResult(
    PopulationSimulationRequest Request, IReadOnlyList<TroughSummary> Summaries,
    IReadOnlyList<double> ProbabilityInTargetByInterval, IReadOnlyList<double> MeanByInterval);
