using LamTrack.Guidance.Catalogue;

namespace LamTrack.Guidance.Tests.Catalogue;

public sealed class VerificationTagsTests
{
    [Theory]
    [InlineData("P", VerificationTag.Primary)] // bare code
    [InlineData("[S]", VerificationTag.Secondary)] // bracketed as in the reference
    [InlineData("l/s", VerificationTag.LabelViaSecondary)] // case-insensitive
    [InlineData("UNVERIFIED", VerificationTag.Unverified)] // the long tag
    public void TryParse_KnownCode_ReturnsTheTag(string text, VerificationTag expected)
    {
        Assert.True(VerificationTags.TryParse(text, out VerificationTag tag));
        Assert.Equal(expected, tag);
    }

    [Fact]
    public void TryParse_UnknownCode_Fails() => Assert.False(VerificationTags.TryParse("X", out _));

    [Fact]
    public void Caveat_SecondaryAndUnverified_SayWhat()
    {
        Assert.Null(VerificationTag.Primary.Caveat());
        Assert.Null(VerificationTag.Label.Caveat());
        Assert.StartsWith("secondary source", VerificationTag.Secondary.Caveat(), StringComparison.Ordinal);
        Assert.StartsWith("UNVERIFIED", VerificationTag.Unverified.Caveat(), StringComparison.Ordinal);
    }

    [Fact]
    public void Code_EveryTag_RoundTrips()
    {
        foreach (VerificationTag tag in Enum.GetValues<VerificationTag>())
        {
            Assert.True(VerificationTags.TryParse(tag.Code(), out VerificationTag back));
            Assert.Equal(tag, back);
        }
    }
}
