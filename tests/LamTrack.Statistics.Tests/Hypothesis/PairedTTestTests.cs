using LamTrack.Statistics.Hypothesis;
using LamTrack.Testing;

namespace LamTrack.Statistics.Tests.Hypothesis;

public sealed class PairedTTestTests
{
    [Fact]
    public void Of_OneToFive_MatchesRTTest()
    {
        // R: t.test(1:5)$conf.int = 1.036757 4.963243 (qt(0.975, 4) = 2.776445, se = sqrt(2.5 / 5)).
        MeanEstimate m = MeanEstimate.Of([1, 2, 3, 4, 5])!;

        Tolerance.AssertClose(3, m.Mean, 1e-12);
        Tolerance.AssertClose(1.036757, m.Lower, 1e-6);
        Tolerance.AssertClose(4.963243, m.Upper, 1e-6);
    }

    [Fact]
    public void Of_OneValue_IsNull() => Assert.Null(MeanEstimate.Of([3]));

    [Fact]
    public void Test_Pairs_MatchesTheClosedForm()
    {
        // Differences 2, 4, 6: mean 4, sd 2, se 2/sqrt(3), t = 2 sqrt(3), df 2; with 2 degrees of freedom the two-sided
        // p-value has the closed form 1 - t / sqrt(t^2 + 2) = 1 - sqrt(12 / 14).
        PairedTTestResult r = PairedTTest.Test([1, 2, 3], [3, 6, 9])!;

        Tolerance.AssertClose(4, r.Difference.Mean, 1e-12);
        Tolerance.AssertClose(2 * Math.Sqrt(3), r.T, 1e-12);
        Tolerance.AssertClose(1 - Math.Sqrt(12.0 / 14.0), r.PValue, 1e-9);
    }

    [Fact]
    public void Test_EqualDifferences_IsNull() => Assert.Null(PairedTTest.Test([1, 2], [2, 3]));
}
