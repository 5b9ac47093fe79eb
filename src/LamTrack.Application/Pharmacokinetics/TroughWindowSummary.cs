namespace LamTrack.Application.Pharmacokinetics;

/// <summary>A trough target window.</summary>
/// <param name="LowNanogramsPerMillilitre">Lower edge, ng/mL.</param>
/// <param name="HighNanogramsPerMillilitre">Upper edge, ng/mL.</param>
/// <param name="Source">Where it comes from (label, source paper, or chosen by the user).</param>
/// <param name="Text">The window as written, e.g. "5–15 ng/mL".</param>
public sealed record TroughWindowSummary(double LowNanogramsPerMillilitre, double HighNanogramsPerMillilitre, string Source, string Text);
