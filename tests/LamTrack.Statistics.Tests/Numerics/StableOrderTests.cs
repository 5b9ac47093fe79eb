using LamTrack.Statistics.Numerics;

namespace LamTrack.Statistics.Tests.Numerics;

public sealed class StableOrderTests
{
    [Fact]
    public void By_AlreadyInOrder_KeepsTheGivenOrder() =>
        Assert.Equal([(1, "a"), (1, "b"), (2, "c")], StableOrder.By([(1, "a"), (1, "b"), (2, "c")], (ValueTuple<int, string> x) => x.Item1));

    [Fact]
    public void By_OutOfOrder_SortsEqualKeysStably() =>
        Assert.Equal([(1, "b"), (1, "d"), (2, "a"), (3, "c")], StableOrder.By([(2, "a"), (1, "b"), (3, "c"), (1, "d")], (ValueTuple<int, string> x) => x.Item1));

    [Fact]
    public void By_EmptyOrOne_ReturnsThem()
    {
        Assert.Empty(StableOrder.By(Array.Empty<int>(), x => x));
        Assert.Equal([5], StableOrder.By([5], x => x));
    }
}
