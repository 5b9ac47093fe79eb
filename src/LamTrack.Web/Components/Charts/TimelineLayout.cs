using NodaTime;

namespace LamTrack.Web.Components.Charts;

/// <summary>The geometry of the patient timeline: one shared time axis, one row per used lane, a value axis for troughs.</summary>
/// <remarks>
/// All positions are SVG user units (pixels at 100 % zoom). The time axis spans [<c>from</c>, <c>to</c>] when a zoom
/// range is given, otherwise the model's span; items wholly outside it are not drawn and periods are clipped to it.
/// The trough row's value axis starts at zero and reaches at least the top of the target band.
/// </remarks>
public sealed class TimelineLayout
{
    /// <summary>Space left of the plot for the lane names.</summary>
    public const double LabelWidth = 170;

    /// <summary>The height of an ordinary lane.</summary>
    public const double LaneHeight = 34;

    /// <summary>The height of the trough lane, which has its own value axis.</summary>
    public const double TroughLaneHeight = 130;

    /// <summary>The height of the time axis under the lanes.</summary>
    public const double AxisHeight = 34;

    private const double RightMargin = 24;
    private const double TopMargin = 8;
    private readonly Dictionary<TimelineLane, double> _laneTops = [];

    /// <summary>Lays out <paramref name="model"/> in <paramref name="width"/> units, zoomed to [<paramref name="from"/>, <paramref name="to"/>] when given.</summary>
    public TimelineLayout(TimelineModel model, double width = 960, LocalDate? from = null, LocalDate? to = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
        Width = width;
        LocalDate start = from ?? model.Start;
        LocalDate end = to ?? model.End;
        Time = new DateScale(start, end < start ? start : end, LabelWidth, width - RightMargin);
        double top = TopMargin;
        foreach (TimelineLane lane in model.UsedLanes)
        {
            _laneTops[lane] = top;
            top += HeightOf(lane);
        }

        PlotBottom = top;
        Height = top + AxisHeight;
        Levels = LevelScaleFor(model);
    }

    /// <summary>The model laid out.</summary>
    public TimelineModel Model { get; }

    /// <summary>The total width.</summary>
    public double Width { get; }

    /// <summary>The total height, axis included.</summary>
    public double Height { get; }

    /// <summary>The y of the bottom of the last lane, where the time axis is drawn.</summary>
    public double PlotBottom { get; }

    /// <summary>The shared time axis.</summary>
    public DateScale Time { get; }

    /// <summary>The value axis of the trough lane (ng/mL to y), or null when there is no trough lane.</summary>
    public LinearScale? Levels { get; }

    /// <summary>The lanes drawn, top to bottom.</summary>
    public IReadOnlyList<TimelineLane> Lanes => Model.UsedLanes;

    /// <summary>The top y of a lane.</summary>
    public double LaneTop(TimelineLane lane) => _laneTops[lane];

    /// <summary>The height of a lane.</summary>
    public static double HeightOf(TimelineLane lane) => lane == TimelineLane.Troughs ? TroughLaneHeight : LaneHeight;

    /// <summary>The middle y of a lane, where its markers and bars sit.</summary>
    public double LaneCentre(TimelineLane lane) => LaneTop(lane) + (HeightOf(lane) / 2);

    /// <summary>Whether any part of the item lies in the shown time range.</summary>
    public bool IsVisible(TimelineItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return Time.Overlaps(item.Start, item.End ?? item.Start);
    }

    /// <summary>The x of the item's start, clamped into the plot.</summary>
    public double StartX(TimelineItem item) => Time.MapClamped(item!.Start);

    /// <summary>The x of the item's end (its start for a point event), clamped into the plot.</summary>
    public double EndX(TimelineItem item) => Time.MapClamped(item!.End ?? item.Start);

    /// <summary>The y of an item's marker: its value on the trough axis, or the lane's middle.</summary>
    public double MarkerY(TimelineItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Lane == TimelineLane.Troughs && item.Level is double level && Levels is not null
            ? Levels.MapClamped(level)
            : LaneCentre(item.Lane);
    }

    /// <summary>The plot's left edge.</summary>
    public static double PlotLeft => LabelWidth;

    /// <summary>The plot's right edge.</summary>
    public double PlotRight => Width - RightMargin;

    private LinearScale? LevelScaleFor(TimelineModel model)
    {
        if (!_laneTops.TryGetValue(TimelineLane.Troughs, out double top))
        {
            return null;
        }

        double highest = model.InLane(TimelineLane.Troughs).Select(i => i.Level ?? 0).DefaultIfEmpty(0).Max();
        highest = Math.Max(highest, model.TargetHigh ?? 0) * 1.1;
        (double min, double max) = LinearScale.NiceDomain(0, Math.Max(highest, 1), 4);
        return new LinearScale(min, max, top + TroughLaneHeight - 8, top + 8);
    }
}
