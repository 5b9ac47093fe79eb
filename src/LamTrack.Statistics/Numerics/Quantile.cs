using MathNet.Numerics;

namespace LamTrack.Statistics.Numerics;

/// <summary>Inverts increasing distribution functions to full double precision.</summary>
/// <remarks>
/// Bisection over the ordered bit patterns of non-negative doubles: every step halves the number of doubles
/// left, so at most 64 steps reach two neighbouring doubles and the result is as accurate as the distribution
/// function itself. Used where MathNet's own inverses stop at an absolute tolerance, which is too coarse for
/// the 1e-9 agreement with R required here.
/// </remarks>
internal static class Quantile
{
    /// <summary>The p-quantile of the gamma distribution with shape <paramref name="shape"/> and rate 1 (R's qgamma).</summary>
    public static double Gamma(double p, double shape) =>
        Invert(x => SpecialFunctions.GammaLowerRegularized(shape, x), p, upperBound: null);

    /// <summary>The p-quantile of the beta distribution Beta(<paramref name="a"/>, <paramref name="b"/>) (R's qbeta).</summary>
    public static double Beta(double p, double a, double b) =>
        Invert(x => SpecialFunctions.BetaRegularized(a, b, x), p, upperBound: 1.0);

    /// <summary>The smallest x ≥ 0 (to one double) with <paramref name="cdf"/>(x) ≥ <paramref name="p"/>.</summary>
    private static double Invert(Func<double, double> cdf, double p, double? upperBound)
    {
        double high = upperBound ?? GrowUntilAbove(cdf, p);
        long lowBits = 0;
        long highBits = BitConverter.DoubleToInt64Bits(high);
        while (highBits - lowBits > 1)
        {
            long middleBits = lowBits + ((highBits - lowBits) / 2);
            if (cdf(BitConverter.Int64BitsToDouble(middleBits)) < p)
            {
                lowBits = middleBits;
            }
            else
            {
                highBits = middleBits;
            }
        }

        double low = BitConverter.Int64BitsToDouble(lowBits);
        double found = BitConverter.Int64BitsToDouble(highBits);
        // Of the two neighbours, keep the one whose probability is nearer p.
        return Math.Abs(cdf(low) - p) < Math.Abs(cdf(found) - p) ? low : found;
    }

    private static double GrowUntilAbove(Func<double, double> cdf, double p)
    {
        double high = 1.0;
        while (cdf(high) < p)
        {
            high *= 2;
        }

        return high;
    }
}
