using System.CommandLine;
using LamTrack.Application.Analysis;

namespace LamTrack.Cli.Commands.Analyze;

/// <summary>The analysis options of <c>lamtrack analyze</c> and their mapping to <see cref="AnalysisSettings"/>.</summary>
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
        Levels.AcceptOnlyFromAmong([.. AnalysisSettings.LevelNames]);
        Bilateral.AcceptOnlyFromAmong([.. AnalysisSettings.BilateralNames]);
        Bands.Validators.Add(result =>
        {
            foreach (string text in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (AnalysisSettings.BandError(text) is { } error)
                {
                    result.AddError(error);
                }
            }
        });
    }

    /// <summary>The settings, or an error message when the target band is not among the bands.</summary>
    public (AnalysisSettings? Settings, string? Error) Bind(ParseResult parsed)
    {
        var settings = new AnalysisSettings
        {
            Levels = parsed.GetValue(Levels)!,
            Bilateral = parsed.GetValue(Bilateral)!,
            MergeOverlappingEpisodes = !parsed.GetValue(NoMerge),
            CountIndexEpisode = !parsed.GetValue(ExcludeIndex),
            Bands = parsed.GetValue(Bands) ?? [],
            TargetBand = parsed.GetValue(Target)!,
        };
        return settings.Error() is { } error ? (null, error) : (settings, null);
    }
}
