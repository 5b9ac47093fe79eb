using NodaTime;

namespace LamTrack.Application.Analysis;

/// <summary>The straight-line trend of one lung-function or walk-test measure over one exposure period of a patient.</summary>
/// <remarks>
/// Values are in <see cref="Unit"/>: litres for FEV1 and FVC, mmol/min/kPa for DLCO, metres for the six-minute walk.
/// The line is the ordinary least-squares fit of value against calendar day (each measurement on its date's midpoint);
/// <see cref="ChangePerYear"/> is its slope per day times 365.25, the convention of LAM trials (MILES, McCormack et al.,
/// N Engl J Med 2011;364:1595–1606).
/// </remarks>
/// <param name="Measure">"FEV1", "FVC", "DLCO" or "Six-minute walk".</param>
/// <param name="Scope">The exposure period: "before" (sirolimus not yet started) or "on" (on sirolimus).</param>
/// <param name="Unit">The unit of the values and of the change per year.</param>
/// <param name="Measurements">How many measurements the line is fitted to (at least two, on at least two days).</param>
/// <param name="First">The day of the first measurement in the period.</param>
/// <param name="Last">The day of the last measurement in the period.</param>
/// <param name="ValueAtFirst">The fitted line's value on <paramref name="First"/>, in <paramref name="Unit"/>.</param>
/// <param name="ValueAtLast">The fitted line's value on <paramref name="Last"/>, in <paramref name="Unit"/>.</param>
/// <param name="ChangePerYear">The slope, in <paramref name="Unit"/> per year.</param>
public sealed record LungFunctionSlope(
    string Measure, string Scope, string Unit, int Measurements, LocalDate First, LocalDate Last, double ValueAtFirst, double ValueAtLast, double ChangePerYear);
