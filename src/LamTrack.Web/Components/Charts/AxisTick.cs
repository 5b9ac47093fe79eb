namespace LamTrack.Web.Components.Charts;

/// <summary>A tick on an axis: its pixel position along the axis and its label.</summary>
public sealed record AxisTick(double Position, string Label);
