using System.Text;
using LamTrack.PatientFiles.Loading;

namespace LamTrack.PatientFiles.Tests.Loading;

/// <summary>Repeated short words become one string; everything else is decoded faithfully.</summary>
public sealed class Utf8StringCacheTests
{
    [Fact]
    public void Get_SameWordTwice_ReturnsTheSameInstance()
    {
        string first = Utf8StringCache.Get("ng/mL"u8);
        string second = Utf8StringCache.Get("ng/mL"u8);
        Assert.Equal("ng/mL", first);
        Assert.Same(first, second);
    }

    [Fact]
    public void Get_TwoWordsInOneSlot_ReturnsEachCorrectly()
    {
        // Far more words than slots: collisions must replace, never confuse.
        for (int i = 0; i < 5000; i++)
        {
            string word = $"w{i}";
            Assert.Equal(word, Utf8StringCache.Get(Encoding.ASCII.GetBytes(word)));
        }

        Assert.Equal("w17", Utf8StringCache.Get("w17"u8));
    }

    [Theory]
    [InlineData("Sjögren")] // not ASCII
    [InlineData("a source locator that is much longer than a word: Table 1, row 4")] // too long to cache
    [InlineData("")] // empty
    public void Get_UncachedValue_DecodesIt(string value)
    {
        Assert.Equal(value, Utf8StringCache.Get(Encoding.UTF8.GetBytes(value)));
    }
}
