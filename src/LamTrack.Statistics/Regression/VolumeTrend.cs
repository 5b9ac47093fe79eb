using LamTrack.Measures.Quantities;
using LamTrack.Statistics.Numerics;
using NodaTime;

namespace LamTrack.Statistics.Regression;

/// <summary>The least-squares trend of a volume over calendar time, such as an FEV1 slope.</summary>
/// <remarks>
/// Fits volume (mL) against time (days since the first measurement) with <see cref="LeastSquaresLine"/>, then
/// scales mL/day to mL/year by 365.25 (the convention of LAM trials such as MILES, McCormack et al., N Engl J
/// Med 2011;364:1595–1606, which report FEV1 slopes in mL per month and per year).
/// </remarks>
/// <param name="Slope">The fitted rate of change.</param>
/// <param name="SlopeStandardError">The standard error of the slope, in mL/year; null with only two measurements.</param>
/// <param name="Measurements">The number of measurements fitted, ≥ 2.</param>
/// <param name="First">The date of the earliest measurement.</param>
/// <param name="Last">The date of the latest measurement.</param>
public sealed record VolumeTrend(VolumeChangeRate Slope, double? SlopeStandardError, int Measurements, LocalDate First, LocalDate Last)
{
    /// <summary>Fits the trend to dated volumes in any order.</summary>
    /// <param name="measurements">At least two measurements on at least two different dates.</param>
    /// <exception cref="ArgumentException">Fewer than two measurements, or all on one date.</exception>
    public static VolumeTrend Fit(IReadOnlyCollection<DatedVolume> measurements)
    {
        ArgumentNullException.ThrowIfNull(measurements);
        if (measurements.Count < 2)
        {
            throw new ArgumentException("a slope needs at least two measurements", nameof(measurements));
        }

        DatedVolume[] ordered = StableOrder.By(measurements, m => m.Date);
        LocalDate origin = ordered[0].Date;
        double[] days = new double[ordered.Length];
        double[] millilitres = new double[ordered.Length];
        for (int i = 0; i < ordered.Length; i++)
        {
            days[i] = Period.DaysBetween(origin, ordered[i].Date);
            millilitres[i] = ordered[i].Volume.ToMillilitres();
        }

        if (days[^1] == 0)
        {
            throw new ArgumentException("every measurement is on the same date: no slope over time", nameof(measurements));
        }

        LinearFit fit = LeastSquaresLine.Fit(days, millilitres);
        double perYear = VolumeChangeRate.DaysPerYear;
        return new VolumeTrend(VolumeChangeRate.FromMillilitresPerDay(fit.Slope), fit.SlopeStandardError * perYear,
            fit.Points, origin, ordered[^1].Date);
    }
}
