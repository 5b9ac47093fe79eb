namespace LamTrack.Web.Components.Pages.Dashboard;

/// <summary>A published figure to compare the cohort with, as the analysis document states it (<c>baselines</c>,
/// docs/analysis-json.md), with its citation.</summary>
/// <param name="Measure">What is measured.</param>
/// <param name="Value">The published value.</param>
/// <param name="Low95">Lower end of its 95 % range, or null.</param>
/// <param name="High95">Upper end of its 95 % range, or null.</param>
/// <param name="Kind">The kind of figure (such as a rate or a proportion).</param>
/// <param name="Citation">Where the figure is published.</param>
public sealed record BaselineRow(string Measure, double? Value, double? Low95, double? High95, string Kind, string Citation);
