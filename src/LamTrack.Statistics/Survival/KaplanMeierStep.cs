namespace LamTrack.Statistics.Survival;

/// <summary>One row of a Kaplan–Meier table: a distinct observed time and the estimate just after it.</summary>
/// <remarks>
/// Matches a row of R's <c>survfit</c> object (all distinct times, events and censorings alike). Times are in
/// whatever unit the caller used for the input. Subjects censored at an event time count as at risk for it.
/// </remarks>
/// <param name="Time">The distinct time, in the caller's unit.</param>
/// <param name="AtRisk">Subjects still under observation just before <paramref name="Time"/>.</param>
/// <param name="Events">Events at <paramref name="Time"/>.</param>
/// <param name="Censored">Subjects censored at <paramref name="Time"/>.</param>
/// <param name="Survival">The product-limit estimate S(t) = Π (1 − dᵢ/nᵢ) over event times tᵢ ≤ t, in [0, 1].</param>
/// <param name="StdErrCumulativeHazard">
/// Greenwood's standard error of the cumulative hazard, √Σ dᵢ/(nᵢ(nᵢ − dᵢ)), which R reports as <c>std.err</c>;
/// the standard error of S itself is S times this. Positive infinity once every subject at risk had the event.
/// </param>
/// <param name="Lower">The lower confidence limit of S, or null where it is undefined (R's NA).</param>
/// <param name="Upper">The upper confidence limit of S, or null where it is undefined (R's NA).</param>
public readonly record struct KaplanMeierStep(
    double Time,
    int AtRisk,
    int Events,
    int Censored,
    double Survival,
    double StdErrCumulativeHazard,
    double? Lower,
    double? Upper);
