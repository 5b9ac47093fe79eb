using System.Collections;

namespace LamTrack.Statistics.Survival;

/// <summary>A fitted Kaplan–Meier curve: one <see cref="KaplanMeierStep"/> per distinct time, in increasing time.</summary>
/// <remarks>
/// Times are in the unit of the input. S is right-continuous: S(t) is the value of the last step at or before t,
/// and 1 before the first step. Build one with <see cref="KaplanMeierEstimator.Fit"/>.
/// </remarks>
public sealed class KaplanMeierCurve : IReadOnlyList<KaplanMeierStep>
{
    // R's print.survfit compares with 0.5 to within √ε (its minmin helper).
    private static readonly double s_medianTolerance = Math.Sqrt(Math.Pow(2, -52));

    private readonly KaplanMeierColumns _columns;

    internal KaplanMeierCurve(KaplanMeierColumns columns, int count, int subjects, int events, KaplanMeierOptions options)
    {
        _columns = columns;
        Count = count;
        SubjectCount = subjects;
        EventCount = events;
        Options = options;
    }

    /// <summary>The number of distinct times (rows).</summary>
    public int Count { get; }

    /// <summary>The number of subjects fitted.</summary>
    public int SubjectCount { get; }

    /// <summary>The total number of events.</summary>
    public int EventCount { get; }

    /// <summary>The interval type and level used for <see cref="KaplanMeierStep.Lower"/> and <see cref="KaplanMeierStep.Upper"/>.</summary>
    public KaplanMeierOptions Options { get; }

    /// <summary>The distinct times, in the input's unit, without copying.</summary>
    public ReadOnlySpan<double> Times => _columns.Times.AsSpan(0, Count);

    /// <summary>The survival estimate after each distinct time, without copying.</summary>
    public ReadOnlySpan<double> Survival => _columns.Survival.AsSpan(0, Count);

    /// <summary>The row at <paramref name="index"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is outside [0, <see cref="Count"/>).</exception>
    public KaplanMeierStep this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            KaplanMeierColumns c = _columns;
            return new KaplanMeierStep(c.Times[index], c.AtRisk[index], c.Events[index], c.Censored[index],
                c.Survival[index], c.StdErr[index], NullIfNaN(c.Lower[index]), NullIfNaN(c.Upper[index]));
        }
    }

    /// <summary>S(t): the estimate at <paramref name="time"/>, 1 before the first distinct time.</summary>
    /// <param name="time">A time in the input's unit.</param>
    public double SurvivalAt(double time)
    {
        int index = Times.BinarySearch(time);
        // A negative result is the complement of the first larger time; the step before it applies.
        int last = index >= 0 ? index : ~index - 1;
        return last < 0 ? 1.0 : _columns.Survival[last];
    }

    /// <summary>The median survival time with its confidence limits, by R's <c>print.survfit</c> rule.</summary>
    public MedianSurvival Median() =>
        new(FirstAtOrBelowHalf(_columns.Survival), FirstAtOrBelowHalf(_columns.Lower), FirstAtOrBelowHalf(_columns.Upper));

    /// <inheritdoc/>
    public IEnumerator<KaplanMeierStep> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static double? NullIfNaN(double value) => double.IsNaN(value) ? null : value;

    private double? FirstAtOrBelowHalf(double[] curve)
    {
        int first = -1;
        for (int i = 0; i < Count; i++)
        {
            double y = curve[i];
            if (double.IsNaN(y) || !(y < 0.5 + s_medianTolerance))
            {
                continue;
            }

            if (first < 0)
            {
                first = i;
                if (Math.Abs(y - 0.5) >= s_medianTolerance)
                {
                    return _columns.Times[i];
                }
            }
            else if (y < curve[first])
            {
                // S sits at exactly one half from times[first]: the median is the midpoint to the next drop.
                return (_columns.Times[first] + _columns.Times[i]) / 2;
            }
        }

        return first < 0 ? null : _columns.Times[first];
    }
}
