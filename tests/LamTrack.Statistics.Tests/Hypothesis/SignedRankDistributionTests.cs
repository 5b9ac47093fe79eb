using LamTrack.Statistics.Hypothesis;
using LamTrack.Testing;

namespace LamTrack.Statistics.Tests.Hypothesis;

public sealed class SignedRankDistributionTests
{
    [Fact]
    public void Cumulative_ThreePairs_MatchesEnumeration()
    {
        // Subset sums of {1,2,3}: 0,1,2,3,3,4,5,6 → P(V ≤ k) = 1,2,3,5,6,7,8 out of 8 for k = 0…6.
        double[] expected = [1 / 8.0, 2 / 8.0, 3 / 8.0, 5 / 8.0, 6 / 8.0, 7 / 8.0, 8 / 8.0];
        Assert.Equal(expected, SignedRankDistribution.Cumulative(3));
    }

    [Theory]
    [InlineData(10)] // small n
    [InlineData(49)] // the largest n R treats exactly by default
    public void Cumulative_AnyN_EndsAtOneAndIsSymmetric(int n)
    {
        double[] cumulative = SignedRankDistribution.Cumulative(n);
        int max = n * (n + 1) / 2;
        Tolerance.AssertClose(1.0, cumulative[max], 0, 1e-15);
        // P(V ≤ k) = P(V ≥ max − k) = 1 − P(V ≤ max − k − 1).
        Tolerance.AssertClose(cumulative[3], 1 - cumulative[max - 4], 1e-9, 1e-15);
    }
}
