namespace LamTrack.Pharmacokinetics.Simulation;

/// <summary>Histogram bins taken from the IEEE-754 bits of a positive double: 64 equal-width bins per doubling from 2^-10 to 2^10.</summary>
/// <remarks>
/// The bin of v is (bits(v) &gt;&gt; 46) − bits(2^-10) &gt;&gt; 46: the exponent and the top 6 mantissa bits, so the bin
/// costs one shift and no logarithm. Values ≤ 2^-10 (and ≤ 0) go to bin 0, values ≥ 2^10 to the last bin.
/// </remarks>
internal static class LogHistogram
{
    public const int Shift = 46;
    public const int Bins = 20 * 64;
    private static readonly long s_base = BitConverter.DoubleToInt64Bits(Math.Pow(2, -10)) >> Shift;

    /// <summary>Copies of each histogram row written in turn, so that equal consecutive bins do not serialise on one counter.</summary>
    public const int Lanes = 4;

    public static int Bin(double v)
    {
        long b = (BitConverter.DoubleToInt64Bits(v > 1e-300 ? v : 1e-300) >> Shift) - s_base;
        return b < 0 ? 0 : b >= Bins ? Bins - 1 : (int)b;
    }

    public static double LowerEdge(int bin) => BitConverter.Int64BitsToDouble((bin + s_base) << Shift);

    /// <summary>The q-quantile (0 &lt; q &lt; 1) of the counts, interpolated linearly inside its bin.</summary>
    public static double Quantile(ReadOnlySpan<long> counts, long total, double q)
    {
        double target = q * total;
        long cumulative = 0;
        for (int i = 0; i < counts.Length; i++)
        {
            if (cumulative + counts[i] >= target && counts[i] > 0)
            {
                double fraction = (target - cumulative) / counts[i];
                double lo = LowerEdge(i), hi = LowerEdge(i + 1);
                return lo + (fraction * (hi - lo));
            }

            cumulative += counts[i];
        }

        return LowerEdge(counts.Length);
    }
}
