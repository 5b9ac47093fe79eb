namespace LamTrack.Web.Components.Charts;

/// <summary>A Kaplan–Meier curve: its steps from time zero, the censoring times, and what the axes mean.</summary>
public sealed record SurvivalCurve(string Title, IReadOnlyList<SurvivalStep> Steps)
{
    /// <summary>The unit of time on the x axis ("years").</summary>
    public string TimeUnit { get; init; } = "years";

    /// <summary>The x axis title without its unit ("time since sirolimus start").</summary>
    public string TimeLabel { get; init; } = "time";

    /// <summary>What the proportion counts ("free of recurrence").</summary>
    public string SurvivalLabel { get; init; } = "proportion event-free";

    /// <summary>The times at which subjects were censored, marked on the curve.</summary>
    public IReadOnlyList<double> CensoredTimes { get; init; } = [];

    /// <summary>The interval's coverage ("95 % CI").</summary>
    public string IntervalLabel { get; init; } = "95 % CI";
}
