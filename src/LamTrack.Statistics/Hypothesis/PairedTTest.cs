using MathNet.Numerics.Distributions;

namespace LamTrack.Statistics.Hypothesis;

/// <summary>The paired t test of y − x (as R's <c>t.test(y, x, paired = TRUE)</c>).</summary>
public static class PairedTTest
{
    /// <summary>The mean difference y − x with its 95 % interval and the two-sided p-value; null with fewer than two pairs
    /// or when every difference is the same (the statistic is undefined).</summary>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static PairedTTestResult? Test(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException("one y per x is required", nameof(y));
        }

        var differences = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            differences[i] = y[i] - x[i];
        }

        if (MeanEstimate.Of(differences) is not { StandardError: > 0 } d)
        {
            return null;
        }

        double t = d.Mean / d.StandardError;
        return new PairedTTestResult(d, t, 2 * StudentT.CDF(0, 1, d.Count - 1, -Math.Abs(t)));
    }
}
