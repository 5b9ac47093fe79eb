using Xunit;

namespace LamTrack.Testing;

/// <summary>Contract helper: equality, hashing and ordering in one call (NodaTime's TestHelper idea).</summary>
public static class ValueSemantics
{
    /// <summary>Checks Equals, ==, GetHashCode and CompareTo for two equal values and a larger one.</summary>
    public static void AssertValueSemantics<T>(T equal1, T equal2, T greater)
        where T : struct, IComparable<T>, IEquatable<T>
    {
        Assert.True(equal1.Equals(equal2));
        Assert.Equal(equal1.GetHashCode(), equal2.GetHashCode());
        Assert.False(equal1.Equals(greater));
        Assert.Equal(0, equal1.CompareTo(equal2));
        Assert.True(equal1.CompareTo(greater) < 0);
        Assert.True(greater.CompareTo(equal1) > 0);
    }
}
