using LamTrack.Analytics.Cohort;
using LamTrack.Analytics.Episodes;
using LamTrack.Analytics.Troughs;

namespace LamTrack.Application.Analysis;

/// <summary>The choices of a cohort analysis as a user states them (names and band texts), mapped to the analytics
/// engine's <see cref="AnalysisOptions"/> by <see cref="ToOptions"/>; the defaults are the case series' own conventions
/// (carry-forward levels, a bilateral episode counted once, the 3–10 ng/mL target band of Zhou et al., OJRD 2018,
/// doi:10.1186/s13023-018-0859-x).</summary>
public sealed record AnalysisSettings
{
    /// <summary>Level between troughs carried forward from the last one.</summary>
    public const string CarryForwardLevels = "carry-forward";

    /// <summary>Level between troughs interpolated linearly (Rosendaal's method).</summary>
    public const string LinearLevels = "linear";

    /// <summary>A bilateral episode counts as one event.</summary>
    public const string OneEventPerBilateral = "one-event";

    /// <summary>A bilateral episode counts once per side.</summary>
    public const string PerSideBilateral = "per-side";

    /// <summary>The accepted names of <see cref="Levels"/>.</summary>
    public static IReadOnlyList<string> LevelNames { get; } = [CarryForwardLevels, LinearLevels];

    /// <summary>The accepted names of <see cref="Bilateral"/>.</summary>
    public static IReadOnlyList<string> BilateralNames { get; } = [OneEventPerBilateral, PerSideBilateral];

    /// <summary>How the level between troughs is taken: <see cref="CarryForwardLevels"/> or <see cref="LinearLevels"/>.</summary>
    public string Levels { get; init; } = CarryForwardLevels;

    /// <summary>How a bilateral episode counts: <see cref="OneEventPerBilateral"/> or <see cref="PerSideBilateral"/>.</summary>
    public string Bilateral { get; init; } = OneEventPerBilateral;

    /// <summary>Whether an episode that starts before the previous one resolved joins it.</summary>
    public bool MergeOverlappingEpisodes { get; init; } = true;

    /// <summary>Whether the first pneumothorax (which opens the before period) is counted.</summary>
    public bool CountIndexEpisode { get; init; } = true;

    /// <summary>Trough bands as <c>NAME:LOW-HIGH</c> in ng/mL; empty means the default bands.</summary>
    public IReadOnlyList<string> Bands { get; init; } = [];

    /// <summary>The name of the band used for time in therapeutic range.</summary>
    public string TargetBand { get; init; } = "3-10";

    /// <summary>Why <paramref name="text"/> is not a trough band (<c>NAME:LOW-HIGH</c> in ng/mL), or null when it is one.</summary>
    public static string? BandError(string text)
    {
        try
        {
            TroughBand.Parse(text);
            return null;
        }
        catch (FormatException ex)
        {
            return ex.Message;
        }
    }

    /// <summary>Why these settings cannot be analysed (a band that does not parse, a target band that is not among the
    /// bands), or null when they can.</summary>
    public string? Error()
    {
        IReadOnlyList<TroughBand> bands;
        try
        {
            bands = ParsedBands();
        }
        catch (FormatException ex)
        {
            return ex.Message;
        }

        return bands.Any(b => b.Name == TargetBand)
            ? null
            : $"--target-band '{TargetBand}' is not one of the bands: {string.Join(", ", bands.Select(b => b.Name))}";
    }

    /// <summary>The engine's options; call only when <see cref="Error"/> is null.</summary>
    /// <exception cref="FormatException">A band does not parse.</exception>
    public AnalysisOptions ToOptions() => new()
    {
        Interpolation = Levels == LinearLevels ? LevelInterpolation.Linear : LevelInterpolation.CarryForward,
        Bilateral = Bilateral == PerSideBilateral ? BilateralCounting.PerSide : BilateralCounting.OneEvent,
        MergeOverlappingEpisodes = MergeOverlappingEpisodes,
        CountIndexEpisode = CountIndexEpisode,
        Bands = ParsedBands(),
        TargetBand = TargetBand,
    };

    private IReadOnlyList<TroughBand> ParsedBands() => Bands.Count == 0 ? TroughBand.Defaults : [.. Bands.Select(TroughBand.Parse)];
}
