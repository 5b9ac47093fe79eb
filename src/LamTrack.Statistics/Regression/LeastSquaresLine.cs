namespace LamTrack.Statistics.Regression;

/// <summary>Fits a straight line by ordinary least squares.</summary>
/// <remarks>
/// b = Sxy / Sxx and a = ȳ − b·x̄, with Sxy = Σ(xᵢ − x̄)(yᵢ − ȳ) and Sxx = Σ(xᵢ − x̄)²; centring first keeps precision
/// when x is large (dates as day numbers). SE(b) = √(Σ(yᵢ − a − b·xᵢ)² / (n − 2) / Sxx). Same as R's
/// <c>lm(y ~ x)</c> (Draper &amp; Smith, Applied Regression Analysis, 3rd ed., §1.2–1.4).
/// </remarks>
public static class LeastSquaresLine
{
    /// <summary>Fits y = a + b·x to the paired points.</summary>
    /// <param name="x">The abscissae, finite, in any one unit; at least two distinct values.</param>
    /// <param name="y">The ordinates, finite, same length.</param>
    /// <exception cref="ArgumentException">Lengths differ, fewer than two points, a value is not finite, or all x are equal.</exception>
    public static LinearFit Fit(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        Validate(x, y);
        int n = x.Length;
        double meanX = Mean(x), meanY = Mean(y);
        double sxx = 0, sxy = 0;
        for (int i = 0; i < n; i++)
        {
            double dx = x[i] - meanX;
            sxx += dx * dx;
            sxy += dx * (y[i] - meanY);
        }

        if (sxx == 0)
        {
            throw new ArgumentException("every x is the same: the slope is undefined", nameof(x));
        }

        double slope = sxy / sxx;
        double intercept = meanY - (slope * meanX);
        return new LinearFit(slope, intercept, n, n > 2 ? SlopeError(x, y, slope, intercept, sxx) : null);
    }

    private static double SlopeError(ReadOnlySpan<double> x, ReadOnlySpan<double> y, double slope, double intercept, double sxx)
    {
        double sse = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double residual = y[i] - intercept - (slope * x[i]);
            sse += residual * residual;
        }

        return Math.Sqrt(sse / (x.Length - 2) / sxx);
    }

    private static double Mean(ReadOnlySpan<double> values)
    {
        double sum = 0;
        foreach (double v in values)
        {
            sum += v;
        }

        return sum / values.Length;
    }

    private static void Validate(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException($"x has {x.Length} values but y has {y.Length}", nameof(y));
        }

        if (x.Length < 2)
        {
            throw new ArgumentException("at least two points are needed for a slope", nameof(x));
        }

        for (int i = 0; i < x.Length; i++)
        {
            if (!double.IsFinite(x[i]) || !double.IsFinite(y[i]))
            {
                throw new ArgumentException($"point {i} is not a pair of finite numbers", nameof(x));
            }
        }
    }
}
