using System.Globalization;

namespace LamTrack.Measures;

/// <summary>Argument checks shared by the quantity factories.</summary>
/// <remarks>Every check throws <see cref="ArgumentOutOfRangeException"/> naming the parameter and the allowed range.</remarks>
public static class Guard
{
    /// <summary>Returns <paramref name="value"/> when it is finite and within [<paramref name="min"/>, <paramref name="max"/>].</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite or outside the closed range.</exception>
    public static double InRange(double value, double min, double max, string paramName, string unit)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"must be a finite number of {unit}");
        }

        if (value < min || value > max)
        {
            string range = string.Create(CultureInfo.InvariantCulture, $"[{min}, {max}] {unit}");
            throw new ArgumentOutOfRangeException(paramName, value, $"must lie in {range}");
        }

        return value;
    }

    /// <summary>Returns <paramref name="value"/> when it is finite and not negative.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite or negative.</exception>
    public static double FiniteNonNegative(double value, string paramName, string unit) =>
        InRange(value, 0, double.MaxValue, paramName, unit);
}
