using System.Globalization;
using LamTrack.Analytics.Episodes;
using LamTrack.Analytics.Troughs;

namespace LamTrack.Analytics.Cohort;

/// <summary>The choices behind an analysis; every one is printed with the results.</summary>
public sealed record AnalysisOptions
{
    /// <summary>The defaults: carry-forward levels, bilateral as one event, overlapping episodes merged, index episode counted, issue 3's bands, target 3–10 ng/mL, 95 %.</summary>
    public static AnalysisOptions Default { get; } = new();

    /// <summary>How the level between troughs is taken.</summary>
    public LevelInterpolation Interpolation { get; init; } = LevelInterpolation.CarryForward;

    /// <summary>How a bilateral simultaneous pneumothorax counts.</summary>
    public BilateralCounting Bilateral { get; init; } = BilateralCounting.OneEvent;

    /// <summary>Whether an episode that starts before the previous one resolved is folded into it (default true).</summary>
    public bool MergeOverlappingEpisodes { get; init; } = true;

    /// <summary>Whether the first pneumothorax, which opens the before-sirolimus period, is counted in it (default true, as Table 1 counts it).</summary>
    public bool CountIndexEpisode { get; init; } = true;

    /// <summary>The trough bands to report.</summary>
    public IReadOnlyList<TroughBand> Bands { get; init; } = TroughBand.Defaults;

    /// <summary>The band whose time share is the time in therapeutic range (default "3-10", the paper's range).</summary>
    public string TargetBand { get; init; } = "3-10";

    /// <summary>The two-sided confidence level of every interval, a fraction in (0, 1).</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>The target band, looked up by <see cref="TargetBand"/>.</summary>
    /// <exception cref="InvalidOperationException">No band has that name.</exception>
    public TroughBand Target =>
        Bands.FirstOrDefault(b => b.Name == TargetBand)
        ?? throw new InvalidOperationException($"target band '{TargetBand}' is not among the bands ({string.Join(", ", Bands.Select(b => b.Name))})");

    /// <summary>A one-line summary for reports.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"levels: {Interpolation}; bilateral: {Bilateral}; merge overlapping: {MergeOverlappingEpisodes}; count index episode: {CountIndexEpisode}; target band: {TargetBand}; confidence: {ConfidenceLevel:P0}");
}
