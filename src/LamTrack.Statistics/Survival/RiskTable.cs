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

    /// <summary>Groups the two sorted arrays into distinct times, merging near ties when asked.</summary>
    public static RiskTable Build(double[] sortedEventTimes, double[] sortedCensorTimes, bool mergeNearTies)
    {
        double meanDistinct = mergeNearTies ? MeanOfDistinct(sortedEventTimes, sortedCensorTimes) : 0;
        int subjects = sortedEventTimes.Length + sortedCensorTimes.Length;
        var times = new double[subjects];
        var events = new int[subjects];
        var censored = new int[subjects];
        var cursor = new SortedPairCursor(sortedEventTimes, sortedCensorTimes);
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

    private static double MeanOfDistinct(double[] sortedEventTimes, double[] sortedCensorTimes)
    {
        var cursor = new SortedPairCursor(sortedEventTimes, sortedCensorTimes);
        double sum = 0;
        long count = 0;
        while (cursor.TryNext(out double time, out _, out _))
        {
            sum += Math.Abs(time);
            count++;
        }

        return count == 0 ? 0 : sum / count;
    }

    /// <summary>Walks two ascending arrays together, yielding each distinct value with its count in each.</summary>
    private struct SortedPairCursor(double[] events, double[] censored)
    {
        private int _e;
        private int _c;

        public bool TryNext(out double time, out int eventCount, out int censorCount)
        {
            bool moreEvents = _e < events.Length;
            bool moreCensored = _c < censored.Length;
            if (!moreEvents && !moreCensored)
            {
                (time, eventCount, censorCount) = (0, 0, 0);
                return false;
            }

            time = !moreCensored || (moreEvents && events[_e] <= censored[_c]) ? events[_e] : censored[_c];
            eventCount = Advance(events, ref _e, time);
            censorCount = Advance(censored, ref _c, time);
            return true;
        }

        private static int Advance(double[] values, ref int index, double time)
        {
            int start = index;
            while (index < values.Length && values[index] == time)
            {
                index++;
            }

            return index - start;
        }
    }
}
