using LamTrack.Statistics.Regression;

namespace LamTrack.Analytics.Lung;

/// <summary>An FEV1 slope over one scope of a patient's follow-up, when at least two measurements allow one.</summary>
/// <param name="Scope">"all", or an exposure ("before", "on", "interrupted", "after").</param>
/// <param name="Measurements">FEV1 measurements (absolute, in litres) in the scope.</param>
/// <param name="Trend">The least-squares trend, or null with fewer than two measurements on different dates.</param>
public sealed record Fev1Trend(string Scope, int Measurements, VolumeTrend? Trend);
