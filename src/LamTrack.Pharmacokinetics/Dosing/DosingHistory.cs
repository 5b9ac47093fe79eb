using LamTrack.Measures.Quantities;

namespace LamTrack.Pharmacokinetics.Dosing;

/// <summary>An ordered list of administrations (dose changes, missed doses, stops and restarts are simply what is listed).</summary>
/// <remarks>Doses are sorted by time (stable for equal times). An empty history is allowed and predicts zero.</remarks>
public sealed class DosingHistory
{
    private readonly DoseEvent[] _doses;

    private DosingHistory(DoseEvent[] doses) => _doses = doses;

    /// <summary>The doses in time order.</summary>
    public IReadOnlyList<DoseEvent> Doses => _doses;

    internal ReadOnlySpan<DoseEvent> Span => _doses;

    /// <summary>A history from any list of doses.</summary>
    public static DosingHistory From(IEnumerable<DoseEvent> doses)
    {
        ArgumentNullException.ThrowIfNull(doses);
        DoseEvent[] sorted = [.. doses.OrderBy(d => d.TimeHours)];
        return new DosingHistory(sorted);
    }

    /// <summary>A regular regimen: <paramref name="count"/> oral doses of <paramref name="amount"/> every <paramref name="intervalHours"/> h from <paramref name="startHours"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative or the interval is not positive.</exception>
    public static DosingHistory Regular(Dose amount, double intervalHours, int count, double startHours = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (!(intervalHours > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(intervalHours), intervalHours, "the dosing interval must be a positive number of hours");
        }

        var doses = new DoseEvent[count];
        for (int i = 0; i < count; i++)
        {
            doses[i] = DoseEvent.Oral(startHours + (i * intervalHours), amount);
        }

        return new DosingHistory(doses);
    }

    /// <summary>This history followed by <paramref name="more"/>.</summary>
    public DosingHistory Append(IEnumerable<DoseEvent> more) => From(_doses.Concat(more));

    /// <summary>The doses strictly before <paramref name="timeHours"/>.</summary>
    public DosingHistory Before(double timeHours) => new([.. _doses.Where(d => d.TimeHours < timeHours)]);
}
