using System.Text;
using LamTrack.PatientFiles.Loading;

namespace LamTrack.PatientFiles.Tests.Loading;

/// <summary>Repeated short words become one string; everything else is left to the JSON reader.</summary>
public sealed class Utf8StringCacheTests
{
    [Fact]
    public void TryGet_SameWordTwice_ReturnsTheSameInstance()
    {
        Assert.True(Utf8StringCache.TryGet("ng/mL"u8, out string? first));
        Assert.True(Utf8StringCache.TryGet("ng/mL"u8, out string? second));
        Assert.Equal("ng/mL", first);
        Assert.Same(first, second);
    }

    [Fact]
    public void TryGet_ManyWordsSharingSlots_ReturnsEachCorrectly()
    {
        // Far more words than slots: collisions must replace, never confuse.
        for (int i = 0; i < 5000; i++)
        {
            string word = $"w{i}";
            Assert.True(Utf8StringCache.TryGet(Encoding.ASCII.GetBytes(word), out string? read));
            Assert.Equal(word, read);
        }

        Assert.True(Utf8StringCache.TryGet("w17"u8, out string? again));
        Assert.Equal("w17", again);
    }

    [Theory]
    [InlineData("Sjögren")] // not ASCII
    [InlineData("a source locator that is much longer than a word: Table 1, row 4")] // too long to cache
    public void TryGet_NotAShortAsciiWord_LeavesItToTheCaller(string value)
    {
        Assert.False(Utf8StringCache.TryGet(Encoding.UTF8.GetBytes(value), out _));
    }
}
