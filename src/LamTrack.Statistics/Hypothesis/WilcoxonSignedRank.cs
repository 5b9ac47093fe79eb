using MathNet.Numerics.Distributions;

namespace LamTrack.Statistics.Hypothesis;

/// <summary>The Wilcoxon signed-rank test for paired samples, two-sided, as R's <c>wilcox.test(x, y, paired = TRUE)</c>.</summary>
/// <remarks>
/// Differences dᵢ = xᵢ − yᵢ; zero differences are dropped; the rest are ranked by |dᵢ| (average ranks for ties)
/// and V = Σ rank over dᵢ &gt; 0 (Wilcoxon, Biometrics Bulletin 1945;1:80–83). Exact p-value from the null
/// distribution of V (all 2ⁿ sign patterns equally likely) when asked and possible: no ties and no zeros.
/// Otherwise the normal approximation with E[V] = n(n + 1)/4, Var[V] = n(n + 1)(2n + 1)/24 − Σ(t³ − t)/48 over
/// tie groups of size t, and a continuity correction of ½ toward the mean, as R does. Checked against R on
/// fixtures from <c>tools/r/exact_test_fixtures.R</c>.
/// </remarks>
public static class WilcoxonSignedRank
{
    /// <summary>R's default limit: the exact p-value is used by default for fewer than 50 non-zero pairs.</summary>
    public const int DefaultExactLimit = 50;

    /// <summary>The largest n for which an exact p-value is computed even when asked for: 2ⁿ stays finite in doubles.</summary>
    public const int MaximumExactPairs = 1000;

    /// <summary>Tests whether the paired differences are symmetric about zero.</summary>
    /// <param name="x">The first measurement of each pair, e.g. a rate before treatment.</param>
    /// <param name="y">The second measurement of each pair, same length and order.</param>
    /// <param name="exact">True to ask for the exact p-value (honoured up to <see cref="MaximumExactPairs"/> pairs), false for the approximation, null for R's default (n &lt; 50).</param>
    /// <exception cref="ArgumentException">The spans differ in length, a value is not finite, or every difference is zero.</exception>
    public static WilcoxonSignedRankResult TestPaired(ReadOnlySpan<double> x, ReadOnlySpan<double> y, bool? exact = null)
    {
        double[] differences = NonZeroDifferences(x, y);
        int zeros = x.Length - differences.Length;
        if (differences.Length == 0)
        {
            throw new ArgumentException("every paired difference is zero: the test is undefined", nameof(x));
        }

        (double[] ranks, double tieCorrection) = AverageRanks(differences);
        double v = 0;
        for (int i = 0; i < differences.Length; i++)
        {
            v += differences[i] > 0 ? ranks[i] : 0;
        }

        int n = differences.Length;
        bool ties = tieCorrection > 0;
        bool useExact = (exact ?? n < DefaultExactLimit) && !ties && zeros == 0 && n <= MaximumExactPairs;
        double p = useExact ? ExactTwoSided(v, n) : NormalTwoSided(v, n, tieCorrection);
        return new WilcoxonSignedRankResult(v, p, useExact ? PValueMethod.Exact : PValueMethod.NormalApproximation, n, zeros, ties);
    }

    private static double[] NonZeroDifferences(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException($"x has {x.Length} values but y has {y.Length}; pairs must match", nameof(y));
        }

        var differences = new List<double>(x.Length);
        for (int i = 0; i < x.Length; i++)
        {
            double d = x[i] - y[i];
            if (!double.IsFinite(d))
            {
                throw new ArgumentException($"pair {i} has a value that is not a finite number", nameof(x));
            }

            if (d != 0)
            {
                differences.Add(d);
            }
        }

        return [.. differences];
    }

    /// <summary>Average ranks of |d| and Σ(t³ − t) over tie groups.</summary>
    private static (double[] Ranks, double TieCorrection) AverageRanks(double[] differences)
    {
        int n = differences.Length;
        int[] order = Enumerable.Range(0, n).OrderBy(i => Math.Abs(differences[i])).ToArray();
        var ranks = new double[n];
        double tieCorrection = 0;
        for (int start = 0; start < n;)
        {
            int end = start + 1;
            while (end < n && Math.Abs(differences[order[end]]) == Math.Abs(differences[order[start]]))
            {
                end++;
            }

            double averageRank = ((start + 1) + end) / 2.0;
            for (int k = start; k < end; k++)
            {
                ranks[order[k]] = averageRank;
            }

            double t = end - start;
            tieCorrection += (t * t * t) - t;
            start = end;
        }

        return (ranks, tieCorrection);
    }

    private static double ExactTwoSided(double v, int n)
    {
        double[] cumulative = SignedRankDistribution.Cumulative(n);
        // R: P(V ≥ v) above the mean n(n+1)/4, else P(V ≤ v); doubled and capped at 1. V is symmetric about
        // its mean, so P(V ≥ v) = P(V ≤ n(n+1)/2 − v), which avoids the cancellation of 1 − P(V ≤ v − 1).
        int maxSum = n * (n + 1) / 2;
        int k = (int)v;
        double p = v > n * (n + 1.0) / 4 ? cumulative[maxSum - k] : cumulative[k];
        return Math.Min(2 * p, 1.0);
    }

    private static double NormalTwoSided(double v, int n, double tieCorrection)
    {
        double centred = v - (n * (n + 1.0) / 4);
        double sigma = Math.Sqrt((n * (n + 1.0) * ((2.0 * n) + 1) / 24) - (tieCorrection / 48));
        double z = (centred - (Math.Sign(centred) * 0.5)) / sigma;
        return 2 * Math.Min(Normal.CDF(0, 1, z), Normal.CDF(0, 1, -z));
    }
}
