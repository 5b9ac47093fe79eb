using LamTrack.Analytics.Cohort;
using LamTrack.Analytics.Episodes;
using LamTrack.Analytics.Troughs;
using LamTrack.Application.Analysis;

namespace LamTrack.Application.Tests.Analysis;

public sealed class AnalysisSettingsTests
{
    [Fact]
    public void ToOptions_Defaults_EqualTheEngineDefaults()
    {
        var settings = new AnalysisSettings();

        Assert.Null(settings.Error());
        Assert.Equal(AnalysisOptions.Default.ToString(), settings.ToOptions().ToString());
        Assert.Equal(TroughBand.Defaults, settings.ToOptions().Bands);
    }

    [Fact]
    public void ToOptions_EveryChoiceChanged_MapsEachOne()
    {
        var settings = new AnalysisSettings
        {
            Levels = AnalysisSettings.LinearLevels,
            Bilateral = AnalysisSettings.PerSideBilateral,
            MergeOverlappingEpisodes = false,
            CountIndexEpisode = false,
            Bands = ["low:0-5", "high:5-30"],
            TargetBand = "high",
        };

        AnalysisOptions options = settings.ToOptions();

        Assert.Equal(LevelInterpolation.Linear, options.Interpolation);
        Assert.Equal(BilateralCounting.PerSide, options.Bilateral);
        Assert.False(options.MergeOverlappingEpisodes);
        Assert.False(options.CountIndexEpisode);
        Assert.Equal(["low", "high"], options.Bands.Select(b => b.Name));
        Assert.Equal("high", options.TargetBand);
    }

    [Fact]
    public void Error_TargetNotAmongBands_NamesTheBands()
    {
        var settings = new AnalysisSettings { Bands = ["low:0-5"], TargetBand = "3-10" };

        Assert.Equal("--target-band '3-10' is not one of the bands: low", settings.Error());
    }

    [Theory]
    [InlineData("low:5-1")]
    [InlineData("nonsense")]
    public void BandError_BadBand_GivesAReason(string text)
    {
        Assert.NotNull(AnalysisSettings.BandError(text));
        Assert.NotNull(new AnalysisSettings { Bands = [text] }.Error());
    }

    [Fact]
    public void BandError_GoodBand_IsNull() => Assert.Null(AnalysisSettings.BandError("target:3-10"));
}
