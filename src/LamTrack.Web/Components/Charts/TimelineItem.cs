using NodaTime;

namespace LamTrack.Web.Components.Charts;

/// <summary>One drawable item of the patient timeline, with the text a reader needs: what, when, details and source.</summary>
/// <remarks>
/// <see cref="Start"/> and <see cref="End"/> are the item's days (the middle day of an imprecise date, as computations
/// use); <see cref="End"/> is null for a point event, and for an open period it is the end of the axis.
/// <see cref="Level"/> is the plotted value of a trough (the measured value, or the censoring limit) in the
/// timeline's level unit.
/// </remarks>
public sealed record TimelineItem(string Id, TimelineLane Lane, TimelineMarker Marker, LocalDate Start, string Label)
{
    /// <summary>The end of a period, or null for a point event.</summary>
    public LocalDate? End { get; init; }

    /// <summary>The details shown when the item is focused or hovered, one line each.</summary>
    public IReadOnlyList<string> Details { get; init; } = [];

    /// <summary>Where the item comes from (document and locator).</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>The plotted value of a trough level, or null.</summary>
    public double? Level { get; init; }

    /// <summary>The date as recorded, with its precision ("2014-07", "2006..2008").</summary>
    public string DateText { get; init; } = string.Empty;

    /// <summary>A CSS class that varies the colour within a lane (side of an episode, interaction class).</summary>
    public string Variant { get; init; } = string.Empty;

    /// <summary>The one-line text alternative: label, date, details and source.</summary>
    public string AccessibleText =>
        string.Join("; ", new[] { Label, DateText }.Concat(Details).Append("source: " + Source).Where(s => s.Length > 0));
}
