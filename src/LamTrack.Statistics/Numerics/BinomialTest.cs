using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace LamTrack.Statistics.Numerics;

/// <summary>The exact two-sided binomial test p-value, with R's <c>binom.test</c> rule.</summary>
/// <remarks>
/// The p-value sums the probabilities of all outcomes no more likely than the one observed, with R's relative
/// slack of 1e-7 for rounding: p = P(X ≤ x) + P(X ≥ n − y + 1) when x &lt; nπ, mirrored when x &gt; nπ, 1 when
/// x = nπ, where y counts the outcomes on the far side whose probability is ≤ P(X = x)·(1 + 1e-7).
/// </remarks>
internal static class BinomialTest
{
    private const double RelativeSlack = 1 + 1e-7;

    public static double TwoSidedPValue(int x, int n, double p)
    {
        double d = Binomial.PMF(p, n, x);
        double mean = n * p;
        if (x == mean)
        {
            return 1.0;
        }

        if (x < mean)
        {
            int y = 0;
            for (int i = (int)Math.Ceiling(mean); i <= n; i++)
            {
                y += Binomial.PMF(p, n, i) <= d * RelativeSlack ? 1 : 0;
            }

            return Math.Min(1.0, LowerTail(x, n, p) + UpperTail(n - y, n, p));
        }

        int count = 0;
        for (int i = 0; i <= (int)Math.Floor(mean); i++)
        {
            count += Binomial.PMF(p, n, i) <= d * RelativeSlack ? 1 : 0;
        }

        return Math.Min(1.0, LowerTail(count - 1, n, p) + UpperTail(x - 1, n, p));
    }

    /// <summary>P(X ≤ k) = I_{1−p}(n − k, k + 1), accurate in the far tail unlike 1 − CDF.</summary>
    internal static double LowerTail(int k, int n, double p) =>
        k < 0 ? 0.0 : k >= n ? 1.0 : SpecialFunctions.BetaRegularized(n - k, k + 1.0, 1 - p);

    /// <summary>P(X &gt; k) = I_p(k + 1, n − k).</summary>
    internal static double UpperTail(int k, int n, double p) =>
        k < 0 ? 1.0 : k >= n ? 0.0 : SpecialFunctions.BetaRegularized(k + 1.0, n - k, p);
}
