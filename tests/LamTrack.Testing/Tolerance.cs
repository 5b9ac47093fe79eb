using Xunit;

namespace LamTrack.Testing;

/// <summary>Assertions with explicit relative and absolute tolerances (house style 7.7).</summary>
public static class Tolerance
{
    /// <summary>Asserts |actual − expected| ≤ absolute + relative·|expected|.</summary>
    public static void AssertClose(double expected, double actual, double relative, double absolute = 0.0)
    {
        double allowed = absolute + (relative * Math.Abs(expected));
        Assert.True(
            Math.Abs(actual - expected) <= allowed,
            $"expected {expected:R}, got {actual:R} (|diff| {Math.Abs(actual - expected):R} > {allowed:R})");
    }
}
