using LamTrack.Measures.Quantities;

namespace LamTrack.Domain.Events;

/// <summary>An immunohistochemistry marker result (HMB45, SMA, ER, PR, CD34, D2-40).</summary>
/// <param name="Name">The marker as named in the source.</param>
/// <param name="Positive">Whether staining was positive.</param>
/// <param name="StainedCells">The share of cells stained, when stated (ER 80 %).</param>
public sealed record ImmunoMarker(string Name, bool Positive, Proportion? StainedCells);
