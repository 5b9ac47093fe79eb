using NodaTime;

namespace LamTrack.Web.Components.Charts;

/// <summary>A labelled tick on a time axis: the day, its pixel position and its label.</summary>
public sealed record DateTick(LocalDate Day, double X, string Label);
