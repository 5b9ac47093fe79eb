using MathNet.Numerics.Distributions;

namespace LamTrack.Statistics.Hypothesis;

/// <summary>A sample mean with its two-sided t confidence interval.</summary>
/// <remarks>
/// mean ± t(1 − (1 − level)/2; n − 1) · s / √n, with s the sample standard deviation (n − 1 denominator); the same
/// interval as R's <c>t.test(x)$conf.int</c>. Unit-free: the caller states the unit of the values.
/// </remarks>
/// <param name="Mean">The sample mean.</param>
/// <param name="Lower">Lower confidence limit.</param>
/// <param name="Upper">Upper confidence limit.</param>
/// <param name="Count">Number of values.</param>
/// <param name="StandardError">s / √n.</param>
public sealed record MeanEstimate(double Mean, double Lower, double Upper, int Count, double StandardError)
{
    /// <summary>The mean of <paramref name="values"/> with its interval, or null with fewer than two values.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not in (0, 1).</exception>
    public static MeanEstimate? Of(ReadOnlySpan<double> values, double level = 0.95)
    {
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "the confidence level must lie in (0, 1)");
        }

        int n = values.Length;
        if (n < 2)
        {
            return null;
        }

        double mean = 0, squares = 0;
        foreach (double v in values)
        {
            mean += v / n;
        }

        foreach (double v in values)
        {
            squares += (v - mean) * (v - mean);
        }

        double se = Math.Sqrt(squares / (n - 1) / n);
        double half = StudentT.InvCDF(0, 1, n - 1, 1 - ((1 - level) / 2)) * se;
        return new MeanEstimate(mean, mean - half, mean + half, n, se);
    }
}
