namespace LamTrack.Application.Pharmacokinetics;

/// <summary>The settings of the PK use cases, bound from the configuration section <c>LamTrack:Pharmacokinetics</c>.</summary>
/// <remarks>
/// These are numerical choices of the dose proposal and its forecast, not clinical facts: the defaults are the values
/// <c>lamtrack pk dose</c> has always used, so its output is unchanged. A host may change them; every result states the
/// seed and the sample counts it used.
/// </remarks>
public sealed class PharmacokineticsOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "LamTrack:Pharmacokinetics";

    /// <summary>Posterior draws used to score each candidate regimen (probability in the window). Default 500; at least 20.</summary>
    public int ProposalSamples { get; set; } = 500;

    /// <summary>Posterior draws for the forecast band (5th–95th percentile). Default 300; at least 20.</summary>
    public int ForecastSamples { get; set; } = 300;

    /// <summary>Random seed of the proposal and the forecast: the same seed gives the same result. Default 20261127.</summary>
    public ulong Seed { get; set; } = 20261127;

    /// <summary>Days forecast after the decision with the best regimen. Default 56 (8 weeks).</summary>
    public int ForecastDays { get; set; } = 56;

    /// <summary>Days of history shown before the first trough. Default 60.</summary>
    public int HistoryDays { get; set; } = 60;

    /// <summary>The most days before the decision the forecast curve reaches back, however long the treatment. Default 365.</summary>
    /// <remarks>A patient treated for ten years would otherwise have ten years of curve, each point with its band of
    /// posterior draws: seconds of work per proposal for a part of the chart no one reads (docs/benchmarks.md).</remarks>
    public int HistoryWindowDays { get; set; } = 365;

    /// <summary>Spacing of the forecast grid, hours. Default 4.</summary>
    public int ForecastStepHours { get; set; } = 4;

    /// <summary>Below this probability of reaching the window for the best regimen, the result says that no candidate is
    /// likely to reach it. Default 0.05.</summary>
    public double NoCandidateProbability { get; set; } = 0.05;

    /// <summary>The model used when a request names none. Default <c>jiao-2009</c>.</summary>
    public string DefaultModelId { get; set; } = "jiao-2009";
}
