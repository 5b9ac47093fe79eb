using NodaTime;

namespace LamTrack.Web.Components.Charts;

/// <summary>What the patient timeline draws: its items, its full date span, and the trough target band.</summary>
/// <remarks>Levels are in ng/mL; the target band is [<see cref="TargetLow"/>, <see cref="TargetHigh"/>] ng/mL when set.</remarks>
public sealed record TimelineModel(IReadOnlyList<TimelineItem> Items, LocalDate Start, LocalDate End)
{
    /// <summary>The lower end of the trough target band in ng/mL, or null when no band is drawn.</summary>
    public double? TargetLow { get; init; }

    /// <summary>The upper end of the trough target band in ng/mL, or null when no band is drawn.</summary>
    public double? TargetHigh { get; init; }

    /// <summary>The unit of the trough lane's values.</summary>
    public string LevelUnit { get; init; } = "ng/mL";

    /// <summary>The items of one lane, in date order.</summary>
    public IEnumerable<TimelineItem> InLane(TimelineLane lane) => Items.Where(i => i.Lane == lane).OrderBy(i => i.Start);

    /// <summary>The lanes that hold at least one item, in display order.</summary>
    public IReadOnlyList<TimelineLane> UsedLanes =>
        [.. Enum.GetValues<TimelineLane>().Where(lane => Items.Any(i => i.Lane == lane))];
}
