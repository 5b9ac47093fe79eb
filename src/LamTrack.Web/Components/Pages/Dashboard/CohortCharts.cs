using LamTrack.Statistics.Survival;
using LamTrack.Web.Components.Charts;

namespace LamTrack.Web.Components.Pages.Dashboard;

/// <summary>Turns the cohort analysis's Kaplan–Meier curve into the chart's steps; it copies numbers and computes nothing.</summary>
public static class CohortCharts
{
    /// <summary>The curve in years since the first sirolimus start, with its pointwise interval and censoring times.</summary>
    public static SurvivalCurve Survival(KaplanMeierCurve curve, string title)
    {
        ArgumentNullException.ThrowIfNull(curve);
        KaplanMeierStep[] steps = [.. curve];
        return new SurvivalCurve(title, [.. steps.Where(s => s.Events > 0).Select(s => new SurvivalStep(s.Time, s.Survival, s.Lower, s.Upper) { AtRisk = s.AtRisk })])
        {
            TimeUnit = "years",
            TimeLabel = "time since first sirolimus start",
            SurvivalLabel = "probability free of pneumothorax",
            CensoredTimes = [.. steps.Where(s => s.Censored > 0).Select(s => s.Time)],
            IntervalLabel = $"{curve.Options.ConfidenceLevel:P0} CI".Replace(" %", "%", StringComparison.Ordinal),
        };
    }
}
