using LamTrack.Statistics.Numerics;

namespace LamTrack.Statistics.Tests.Numerics;

public sealed class RadixSortTests
{
    [Theory]
    [InlineData(0)] // empty input
    [InlineData(1)] // a single key
    [InlineData(10_000)] // many keys across every digit
    public void Sort_RandomKeys_MatchesArraySort(int length)
    {
        var random = new Random(42);
        ulong[] keys = [.. Enumerable.Range(0, length).Select(_ => (ulong)random.NextInt64() ^ ((ulong)random.Next() << 40))];
        ulong[] expected = [.. keys.Order()];
        RadixSort.Sort(keys);
        Assert.Equal(expected, keys);
    }

    [Fact]
    public void Sort_KeysSharingHighDigits_SkipsTrivialPassesAndSorts()
    {
        // Doubles in [1, 2) share their exponent bits, so the top passes are all one bucket.
        ulong[] keys = [.. new[] { 1.75, 1.25, 1.5, 1.0, 1.125 }.Select(BitConverter.DoubleToUInt64Bits)];
        RadixSort.Sort(keys);
        Assert.Equal([1.0, 1.125, 1.25, 1.5, 1.75], keys.Select(BitConverter.UInt64BitsToDouble));
    }
}
