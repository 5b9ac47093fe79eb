namespace LamTrack.Pharmacokinetics.Dosing;

/// <summary>A piecewise-constant multiplier on CL/F over time (interaction periods), starting at 1.</summary>
/// <remarks>
/// Each change point (time in h, multiplier) holds from its time until the next change point: intervals are half-open
/// [t_i, t_(i+1)). The solver switches exactly at each change point, so the solution is exact for the step function.
/// </remarks>
public sealed class ClearanceSchedule
{
    private readonly (double TimeHours, double Multiplier)[] _changes;

    private ClearanceSchedule((double, double)[] changes) => _changes = changes;

    /// <summary>No change: multiplier 1 at all times.</summary>
    public static ClearanceSchedule None { get; } = new([]);

    /// <summary>The change points in time order.</summary>
    public IReadOnlyList<(double TimeHours, double Multiplier)> Changes => _changes;

    internal ReadOnlySpan<(double TimeHours, double Multiplier)> Span => _changes;

    /// <summary>A schedule from change points (time in h, multiplier &gt; 0).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A multiplier is not finite and positive, or a time is not finite.</exception>
    public static ClearanceSchedule From(IEnumerable<(double TimeHours, double Multiplier)> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        (double, double)[] sorted = [.. changes.OrderBy(c => c.TimeHours)];
        foreach ((double t, double m) in sorted)
        {
            if (!double.IsFinite(t) || !double.IsFinite(m) || m <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(changes), $"change point ({t} h, ×{m}) must have a finite time and a positive multiplier");
            }
        }

        return new ClearanceSchedule(sorted);
    }

    /// <summary>The multiplier in force at <paramref name="timeHours"/>.</summary>
    public double MultiplierAt(double timeHours)
    {
        double m = 1.0;
        foreach ((double t, double value) in _changes)
        {
            if (t > timeHours)
            {
                break;
            }

            m = value;
        }

        return m;
    }
}
