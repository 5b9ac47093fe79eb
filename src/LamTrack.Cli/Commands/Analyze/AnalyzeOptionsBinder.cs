using System.CommandLine;
using LamTrack.Analytics.Cohort;
using LamTrack.Analytics.Episodes;
using LamTrack.Analytics.Troughs;

namespace LamTrack.Cli.Commands.Analyze;

/// <summary>The analysis options of <c>lamtrack analyze</c> and their mapping to <see cref="AnalysisOptions"/>.</summary>
internal sealed class AnalyzeOptionsBinder
{
    public Option<string> Levels { get; } = new("--levels") { Description = "Level between troughs: carry-forward (default) or linear (Rosendaal).", DefaultValueFactory = _ => "carry-forward" };

    public Option<string> Bilateral { get; } = new("--bilateral") { Description = "A bilateral episode counts as one-event (default) or per-side (two).", DefaultValueFactory = _ => "one-event" };

    public Option<bool> NoMerge { get; } = new("--no-merge") { Description = "Count an episode that starts before the previous one resolved as a new episode." };

    public Option<bool> ExcludeIndex { get; } = new("--exclude-index") { Description = "Leave the first pneumothorax (which opens the before period) out of the counts." };

    public Option<string[]> Bands { get; } = new("--band") { Description = "A trough band NAME:LOW-HIGH in ng/mL (repeatable); replaces the default bands.", AllowMultipleArgumentsPerToken = false };

    public Option<string> Target { get; } = new("--target-band") { Description = "The band used for time in therapeutic range (default 3-10).", DefaultValueFactory = _ => "3-10" };

    public IEnumerable<Option> All => [Levels, Bilateral, NoMerge, ExcludeIndex, Bands, Target];

    public void Configure()
    {
        Levels.AcceptOnlyFromAmong("carry-forward", "linear");
        Bilateral.AcceptOnlyFromAmong("one-event", "per-side");
        Bands.Validators.Add(result =>
        {
            foreach (string text in result.GetValueOrDefault<string[]>() ?? [])
            {
                try
                {
                    TroughBand.Parse(text);
                }
                catch (FormatException ex)
                {
                    result.AddError(ex.Message);
                }
            }
        });
    }

    /// <summary>The options, or an error message when the target band is not among the bands.</summary>
    public (AnalysisOptions? Options, string? Error) Bind(ParseResult parsed)
    {
        string[] bandTexts = parsed.GetValue(Bands) ?? [];
        IReadOnlyList<TroughBand> bands = bandTexts.Length == 0 ? TroughBand.Defaults : [.. bandTexts.Select(TroughBand.Parse)];
        string target = parsed.GetValue(Target)!;
        if (!bands.Any(b => b.Name == target))
        {
            return (null, $"--target-band '{target}' is not one of the bands: {string.Join(", ", bands.Select(b => b.Name))}");
        }

        var options = new AnalysisOptions
        {
            Interpolation = parsed.GetValue(Levels) == "linear" ? LevelInterpolation.Linear : LevelInterpolation.CarryForward,
            Bilateral = parsed.GetValue(Bilateral) == "per-side" ? BilateralCounting.PerSide : BilateralCounting.OneEvent,
            MergeOverlappingEpisodes = !parsed.GetValue(NoMerge),
            CountIndexEpisode = !parsed.GetValue(ExcludeIndex),
            Bands = bands,
            TargetBand = target,
        };
        return (options, null);
    }
}
