namespace LamTrack.Statistics.Hypothesis;

/// <summary>The exact null distribution of the signed-rank statistic V for n pairs.</summary>
/// <remarks>
/// c(k), the number of subsets of {1, …, n} summing to k, by the recurrence of adding one rank at a time
/// (as R's <c>csignrank</c>); P(V ≤ k) = Σ_{j ≤ k} c(j) / 2ⁿ. Counts stay exact in doubles up to n = 53.
/// O(n³) time, so fine for the n &lt; 50 where it is used by default.
/// </remarks>
internal static class SignedRankDistribution
{
    /// <summary>P(V ≤ k) for k = 0 … n(n + 1)/2.</summary>
    public static double[] Cumulative(int n)
    {
        int maxSum = n * (n + 1) / 2;
        var counts = new double[maxSum + 1];
        counts[0] = 1;
        for (int rank = 1; rank <= n; rank++)
        {
            for (int k = Math.Min(maxSum, rank * (rank + 1) / 2); k >= rank; k--)
            {
                counts[k] += counts[k - rank];
            }
        }

        double total = Math.Pow(2, n);
        var cumulative = new double[maxSum + 1];
        double running = 0;
        for (int k = 0; k <= maxSum; k++)
        {
            running += counts[k];
            cumulative[k] = running / total;
        }

        return cumulative;
    }
}
