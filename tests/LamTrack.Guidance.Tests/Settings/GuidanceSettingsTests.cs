using LamTrack.Guidance.Catalogue;
using LamTrack.Guidance.Settings;
using LamTrack.Measures.Quantities;

namespace LamTrack.Guidance.Tests.Settings;

public sealed class GuidanceSettingsTests
{
    [Fact]
    public void Default_IsValidWithTheDocumentedValues()
    {
        GuidanceSettings s = GuidanceSettings.Default.Validate();
        Assert.Same(TroughWindow.Label, s.TargetWindow);
        Assert.Equal(70, s.Fev1PercentPredictedThreshold.ToPercent());
        Assert.Equal(90, s.Fev1DeclineThreshold.ToMillilitresPerYear());
        Assert.Equal(3, s.LesionSizeThreshold.ToCentimetres());
        Assert.Equal(800, s.VegfDDiagnosticThreshold.ToPicogramsPerMillilitre(), 9);
        Assert.Equal((10, 20), (s.FirstTroughDays.MinimumDays, s.FirstTroughDays.MaximumDays));
        Assert.Equal((7, 14), (s.DaysBetweenAdjustments.MinimumDays, s.DaysBetweenAdjustments.MaximumDays));
        Assert.Equal(3, s.StableMonitoringIntervalMonths);
        Assert.Equal(12, s.ContraceptionAfterStopWeeks);
    }

    [Fact]
    public void Validate_SeveralOutOfRange_ListsEverySetting()
    {
        GuidanceSettings bad = GuidanceSettings.Default with { InteractionLookbackDays = -3, StableMonitoringIntervalMonths = 0 };
        var ex = Assert.Throws<GuidanceSettingsException>(() => bad.Validate());
        Assert.Contains("setting 'interactionLookbackDays': -3 is outside [1, 365]", ex.Problems);
        Assert.Contains("setting 'stableMonitoringIntervalMonths': 0 is outside [1, 24]", ex.Problems);
    }

    [Fact]
    public void Validate_VeryLowAboveWindow_IsAClearError()
    {
        GuidanceSettings bad = GuidanceSettings.Default with { VeryLowTrough = MassConcentration.FromNanogramsPerMillilitre(6) };
        var ex = Assert.Throws<GuidanceSettingsException>(() => bad.Validate());
        Assert.Contains("is not below the target window's low bound", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_EverySetting_HasSourceAndTag()
    {
        IReadOnlyList<SettingInfo> all = GuidanceSettings.Default.Describe();
        Assert.Equal(19, all.Count);
        Assert.All(all, s => Assert.False(string.IsNullOrWhiteSpace(s.Source)));
        Assert.Equal(all.Count, all.Select(s => s.Name).Distinct().Count());
    }

    [Theory]
    [InlineData("veryLowTroughNanogramsPerMillilitre", "UNVERIFIED")] // our own threshold
    [InlineData("fev1DeclineThresholdMillilitresPerYear", "secondary source")] // Chinese consensus only
    public void CaveatFor_WeakSetting_SaysSo(string name, string expected) =>
        Assert.Contains(expected, GuidanceSettings.Default.CaveatFor(name), StringComparison.Ordinal);

    [Fact]
    public void CaveatFor_LabelSetting_IsNull() => Assert.Null(GuidanceSettings.Default.CaveatFor("firstTroughDays"));

    [Fact]
    public void CaveatFor_UnknownSetting_Throws() =>
        Assert.Throws<ArgumentException>(() => GuidanceSettings.Default.CaveatFor("nope"));

    [Fact]
    public void Describe_CaseSeriesWindow_TakesTheWindowsTag()
    {
        GuidanceSettings s = GuidanceSettings.Default with { TargetWindow = TroughWindow.CaseSeries };
        Assert.Equal(VerificationTag.Primary, s.Describe().Single(d => d.Name == "targetWindow").Tag);
    }
}
