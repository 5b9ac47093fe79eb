using LamTrack.Guidance.Catalogue;
using LamTrack.Guidance.Settings;
using LamTrack.Measures.Quantities;

namespace LamTrack.Guidance.Tests.Settings;

public sealed class TroughWindowTests
{
    private static readonly Citation s_source = new("test", "here", string.Empty, VerificationTag.Unverified);

    [Fact]
    public void Published_Windows_MatchTheirSources()
    {
        Assert.Equal("label 5-15 ng/mL", TroughWindow.Label.ToString());
        Assert.Equal("case-series 3-10 ng/mL", TroughWindow.CaseSeries.ToString());
        Assert.Equal("chinese-consensus 5-10 ng/mL", TroughWindow.ChineseConsensus.ToString());
        Assert.Equal(VerificationTag.Label, TroughWindow.Label.Source.Tag);
        Assert.Equal(VerificationTag.Secondary, TroughWindow.ChineseConsensus.Source.Tag);
    }

    [Theory]
    [InlineData(5.0, true)] // the low bound is inside
    [InlineData(15.0, true)] // the high bound is inside
    [InlineData(4.99, false)] // just below
    [InlineData(15.01, false)] // just above
    public void Contains_AtAndAroundBounds_IsInclusive(double trough, bool expected) =>
        Assert.Equal(expected, TroughWindow.Label.Contains(MassConcentration.FromNanogramsPerMillilitre(trough)));

    [Theory]
    [InlineData(-1.0, 10.0, "low bound -1 ng/mL must be a finite, non-negative concentration")] // negative window
    [InlineData(10.0, 5.0, "low 10 ng/mL is not below high 5 ng/mL")] // low above high
    [InlineData(5.0, 5.0, "low 5 ng/mL is not below high 5 ng/mL")] // an empty window
    [InlineData(double.NaN, 5.0, "must be a finite")] // not a number
    public void Create_BadBounds_IsAClearError(double low, double high, string expected)
    {
        var ex = Assert.Throws<GuidanceSettingsException>(() => TroughWindow.Create("mine", low, high, s_source));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.Contains("'mine'", ex.Message, StringComparison.Ordinal);
    }
}
