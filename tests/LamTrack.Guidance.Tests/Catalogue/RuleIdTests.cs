using LamTrack.Guidance.Catalogue;

namespace LamTrack.Guidance.Tests.Catalogue;

public sealed class RuleIdTests
{
    [Theory]
    [InlineData("LAM-IND-001", true)] // the usual form
    [InlineData("LAM-AE-006", true)] // a two-letter area
    [InlineData("LAM-ind-001", false)] // the area is upper case
    [InlineData("LAM-IND-01", false)] // the number has three digits
    [InlineData("", false)] // empty
    [InlineData(null, false)] // absent
    public void TryParse_Text_AcceptsOnlyTheForm(string? text, bool expected) =>
        Assert.Equal(expected, RuleId.TryParse(text, out _));

    [Fact]
    public void Parse_BadText_Throws() =>
        Assert.Throws<ArgumentException>(() => RuleId.Parse("IND-1"));

    [Fact]
    public void Equality_SameText_IsEqualAndOrdered()
    {
        Assert.Equal(RuleId.Parse("LAM-IND-001"), RuleId.Parse("LAM-IND-001"));
        Assert.True(RuleId.Parse("LAM-IND-001") < RuleId.Parse("LAM-IND-002"));
        Assert.Equal("LAM-IND-001", RuleId.Parse("LAM-IND-001").ToString());
    }
}
