using System.Globalization;
using LamTrack.Statistics.Hypothesis;
using LamTrack.Testing;

namespace LamTrack.Statistics.Tests.Hypothesis;

public sealed class WilcoxonSignedRankTests
{
    public static TheoryData<string> Cases => new()
    {
        "five_all_positive", // the case-series shape: every patient better, smallest exact p 1/16
        "eight_mixed",       // exact, signs mixed
        "twelve_mixed",      // exact with a larger n
        "one_pair",          // n = 1: exact p is 1
        "with_zero",         // a zero difference: R drops it and uses the normal approximation
        "with_ties",         // tied |d|: normal approximation with tie correction
        "n60_default",       // n ≥ 50 by default: normal approximation
        "n30_default",       // n < 50 by default: exact
        "all_negative",      // V = 0, lower tail
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void TestPaired_FixtureCase_MatchesWilcoxTest(string name)
    {
        FixtureTable table = FixtureTable.Load("wilcoxon_paired.csv");
        string[] row = table.Rows.Single(r => table.Text(r, "case") == name);
        bool? exact = table.Text(row, "exact_arg") == "TRUE" ? true : null;
        WilcoxonSignedRankResult result = WilcoxonSignedRank.TestPaired(Vector(table.Text(row, "x")), Vector(table.Text(row, "y")), exact);
        Assert.Equal(table.Required(row, "statistic"), result.Statistic);
        Tolerance.AssertClose(table.Required(row, "p_value"), result.PValue, 1e-9);
        var expectedMethod = table.Text(row, "method") == "exact" ? PValueMethod.Exact : PValueMethod.NormalApproximation;
        Assert.Equal(expectedMethod, result.Method);
    }

    [Fact]
    public void TestPaired_ZeroDifference_CountsIt()
    {
        WilcoxonSignedRankResult result = WilcoxonSignedRank.TestPaired([3, 4, 2, 5, 1], [3, 1, 1, 2, 2]);
        Assert.Equal(1, result.ZeroDifferences);
        Assert.Equal(4, result.NonZeroPairs);
    }

    [Fact]
    public void TestPaired_AllZero_Throws() =>
        Assert.Throws<ArgumentException>(() => WilcoxonSignedRank.TestPaired([1, 2], [1, 2]));

    [Fact]
    public void TestPaired_LengthsDiffer_Throws() =>
        Assert.Throws<ArgumentException>(() => WilcoxonSignedRank.TestPaired([1, 2], [1]));

    [Fact]
    public void TestPaired_NotFinite_Throws() =>
        Assert.Throws<ArgumentException>(() => WilcoxonSignedRank.TestPaired([1, double.NaN], [0, 0]));

    [Fact]
    public void TestPaired_HundredThousandPairsAskedExact_UsesNormalApproximationWithoutOverflow()
    {
        // A registry-sized comparison: n(n + 1) overflows 32-bit integers and 2^n overflows doubles.
        var random = new Random(11);
        double[] x = [.. Enumerable.Range(0, 100_000).Select(_ => random.NextDouble())];
        double[] y = [.. Enumerable.Range(0, 100_000).Select(_ => random.NextDouble() - 0.01)];
        WilcoxonSignedRankResult result = WilcoxonSignedRank.TestPaired(x, y, exact: true);
        Assert.Equal(PValueMethod.NormalApproximation, result.Method);
        Assert.InRange(result.PValue, 0.0, 1e-6);
    }

    private static double[] Vector(string text) =>
        [.. text.Split(';').Select(s => double.Parse(s, CultureInfo.InvariantCulture))];
}
