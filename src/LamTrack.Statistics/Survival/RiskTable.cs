namespace LamTrack.Statistics.Survival;

/// <summary>Distinct times with their numbers at risk, events and censorings, in increasing time.</summary>
/// <remarks>Built from the event times and the censoring times, each already sorted ascending.</remarks>
internal sealed class RiskTable
{
    // aeqSurv's default tolerance: the square root of R's .Machine$double.eps (2^-52), that is 2^-26.
    private static readonly double s_tieTolerance = Math.Sqrt(Math.Pow(2, -52));

    private RiskTable(double[] times, int[] atRisk, int[] events, int[] censored, int count)
    {
        Times = times;
        AtRisk = atRisk;
        Events = events;
        Censored = censored;
        Count = count;
    }

    public double[] Times { get; }

    public int[] AtRisk { get; }

    public int[] Events { get; }

    public int[] Censored { get; }

    public int Count { get; }

    /// <summary>Encodes a subject as one sortable key: the time's bits shifted left, the event flag in bit 0.</summary>
    /// <remarks>For non-negative doubles the bit pattern orders as the value, so keys sort by time, then censored first.</remarks>
    public static ulong Key(double time, bool isEvent) =>
        (BitConverter.DoubleToUInt64Bits(time + 0.0) << 1) | (isEvent ? 1UL : 0UL);

    /// <summary>Groups sorted keys into distinct times, merging near ties when asked.</summary>
    public static RiskTable Build(ulong[] sortedKeys, bool mergeNearTies)
    {
        double meanDistinct = mergeNearTies ? MeanOfDistinct(sortedKeys) : 0;
        int subjects = sortedKeys.Length;
        var times = new double[subjects];
        var events = new int[subjects];
        var censored = new int[subjects];
        var cursor = new KeyCursor(sortedKeys);
        int count = 0;
        double previous = double.NaN;
        while (cursor.TryNext(out double time, out int d, out int c))
        {
            if (count > 0 && mergeNearTies && IsNearTie(previous, time, meanDistinct))
            {
                // aeqSurv maps every member of a chain of near ties to the chain's first value.
                events[count - 1] += d;
                censored[count - 1] += c;
            }
            else
            {
                times[count] = time;
                events[count] = d;
                censored[count] = c;
                count++;
            }

            previous = time;
        }

        return new RiskTable(times, FillAtRisk(events, censored, count, subjects), events, censored, count);
    }

    private static bool IsNearTie(double previous, double time, double meanDistinct)
    {
        double gap = time - previous;
        return gap <= s_tieTolerance || gap / meanDistinct <= s_tieTolerance;
    }

    private static int[] FillAtRisk(int[] events, int[] censored, int count, int subjects)
    {
        var atRisk = new int[count];
        int remaining = subjects;
        for (int i = 0; i < count; i++)
        {
            atRisk[i] = remaining;
            remaining -= events[i] + censored[i];
        }

        return atRisk;
    }

    private static double MeanOfDistinct(ulong[] sortedKeys)
    {
        var cursor = new KeyCursor(sortedKeys);
        double sum = 0;
        long count = 0;
        while (cursor.TryNext(out double time, out _, out _))
        {
            sum += time;
            count++;
        }

        return count == 0 ? 0 : sum / count;
    }

    /// <summary>Walks sorted keys, yielding each distinct time with its numbers of events and censorings.</summary>
    private struct KeyCursor(ulong[] keys)
    {
        private int _index;

        public bool TryNext(out double time, out int eventCount, out int censorCount)
        {
            if (_index >= keys.Length)
            {
                (time, eventCount, censorCount) = (0, 0, 0);
                return false;
            }

            ulong timeBits = keys[_index] >> 1;
            int start = _index;
            int events = 0;
            while (_index < keys.Length && (keys[_index] >> 1) == timeBits)
            {
                events += (int)(keys[_index] & 1UL);
                _index++;
            }

            time = BitConverter.UInt64BitsToDouble(timeBits);
            eventCount = events;
            censorCount = _index - start - events;
            return true;
        }
    }
}
