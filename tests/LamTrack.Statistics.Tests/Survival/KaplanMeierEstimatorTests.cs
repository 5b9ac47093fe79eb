using LamTrack.Statistics.Survival;
using LamTrack.Testing;

namespace LamTrack.Statistics.Tests.Survival;

public sealed class KaplanMeierEstimatorTests
{
    // The brief's agreement target with R's survfit.
    private const double Relative = 1e-9;
    private const double Absolute = 1e-12;

    public static TheoryData<string> Cases => new()
    {
        "small10",          // the shared reference case: tied events, a censoring tied with an event, S reaches 0
        "ties200",          // many ties on integer months
        "heavycensor300",   // 90 % censored, the curve stays high
        "allcensored",      // no event: S = 1, std.err 0, log-log undefined
        "single_event",     // one subject who has the event
        "single_censored",  // one censored subject
        "large5000",        // 5000 subjects, Weibull times, ten at time zero
        "neartie",          // times equal up to rounding error, merged as R's aeqSurv does
        "endcensored",      // last observation censored, S ends above 0
        "halfmedian",       // S equals one half over an interval
        "exacthalf",        // S equals one half then falls to 0
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fit_LogInterval_MatchesSurvfit(string name) => AssertMatchesR(name, ConfidenceIntervalType.Log, "log");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fit_LogLogInterval_MatchesSurvfit(string name) => AssertMatchesR(name, ConfidenceIntervalType.LogLog, "loglog");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fit_PlainInterval_MatchesSurvfit(string name) => AssertMatchesR(name, ConfidenceIntervalType.Plain, "plain");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Median_AnyCase_MatchesPrintSurvfit(string name)
    {
        KaplanMeierCurve curve = FitFixture(name, ConfidenceIntervalType.Log);
        FixtureTable medians = FixtureTable.Load("km_medians.csv");
        string[] row = medians.Rows.Single(r => medians.Text(r, "case") == name);
        MedianSurvival median = curve.Median();
        Assert.Equal(medians.Number(row, "median"), median.Median);
        Assert.Equal(medians.Number(row, "lcl"), median.Lower);
        Assert.Equal(medians.Number(row, "ucl"), median.Upper);
        Assert.Equal((int)medians.Required(row, "events"), curve.EventCount);
    }

    [Fact]
    public void Fit_LengthsDiffer_Throws() =>
        Assert.Throws<ArgumentException>(() => KaplanMeierEstimator.Fit([1.0, 2.0], [true]));

    [Fact]
    public void Fit_NoSubjects_Throws() =>
        Assert.Throws<ArgumentException>(() => KaplanMeierEstimator.Fit([], []));

    [Theory]
    [InlineData(-1.0)] // a negative follow-up time
    [InlineData(double.NaN)] // a missing time
    [InlineData(double.PositiveInfinity)] // an unbounded time
    public void Fit_InvalidTime_Throws(double time) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => KaplanMeierEstimator.Fit([1.0, time], [true, false]));

    [Theory]
    [InlineData(0.0)] // no coverage
    [InlineData(1.0)] // full coverage has no finite interval
    public void Fit_ConfidenceLevelOutOfRange_Throws(double level) =>
        Assert.Throws<ArgumentOutOfRangeException>(
            () => KaplanMeierEstimator.Fit([1.0], [true], new KaplanMeierOptions { ConfidenceLevel = level }));

    [Fact]
    public void Fit_NearTieMergingOff_KeepsTimesApart()
    {
        var options = new KaplanMeierOptions { MergeNearTies = false };
        KaplanMeierCurve curve = KaplanMeierEstimator.Fit([1.0, 1.000000000001, 2.0], [true, true, false], options);
        Assert.Equal(3, curve.Count);
    }

    [Fact]
    public void Fit_UnsortedInput_SameAsSorted()
    {
        KaplanMeierCurve sorted = KaplanMeierEstimator.Fit([1.0, 2.0, 3.0, 4.0], [true, false, true, true]);
        KaplanMeierCurve shuffled = KaplanMeierEstimator.Fit([3.0, 1.0, 4.0, 2.0], [true, true, true, false]);
        Assert.Equal(sorted.ToArray(), shuffled.ToArray());
    }

    internal static KaplanMeierCurve FitFixture(string name, ConfidenceIntervalType type)
    {
        FixtureTable input = FixtureTable.Load($"km_{name}_input.csv");
        double[] times = input.Rows.Select(r => input.Required(r, "time")).ToArray();
        bool[] events = input.Rows.Select(r => input.Text(r, "status") == "1").ToArray();
        return KaplanMeierEstimator.Fit(times, events, new KaplanMeierOptions { IntervalType = type });
    }

    private static void AssertMatchesR(string name, ConfidenceIntervalType type, string suffix)
    {
        KaplanMeierCurve curve = FitFixture(name, type);
        FixtureTable expected = FixtureTable.Load($"km_{name}_expected.csv");
        Assert.Equal(expected.Rows.Count, curve.Count);
        for (int i = 0; i < curve.Count; i++)
        {
            string[] row = expected.Rows[i];
            KaplanMeierStep step = curve[i];
            Assert.Equal(expected.Required(row, "time"), step.Time);
            Assert.Equal((int)expected.Required(row, "n_risk"), step.AtRisk);
            Assert.Equal((int)expected.Required(row, "n_event"), step.Events);
            Assert.Equal((int)expected.Required(row, "n_censor"), step.Censored);
            Tolerance.AssertClose(expected.Required(row, "surv"), step.Survival, Relative, Absolute);
            AssertSameOrClose(expected.Number(row, "std_err"), step.StdErrCumulativeHazard);
            AssertSameOrClose(expected.Number(row, $"lower95_{suffix}"), step.Lower);
            AssertSameOrClose(expected.Number(row, $"upper95_{suffix}"), step.Upper);
        }
    }

    private static void AssertSameOrClose(double? expected, double? actual)
    {
        if (expected is null || actual is null || double.IsInfinity(expected.Value))
        {
            Assert.Equal(expected, actual);
            return;
        }

        Tolerance.AssertClose(expected.Value, actual.Value, Relative, Absolute);
    }
}
