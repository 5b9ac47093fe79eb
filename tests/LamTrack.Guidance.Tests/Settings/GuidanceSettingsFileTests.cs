using LamTrack.Guidance.Catalogue;
using LamTrack.Guidance.Settings;

namespace LamTrack.Guidance.Tests.Settings;

public sealed class GuidanceSettingsFileTests
{
    [Fact]
    public void Parse_EmptyObject_KeepsDefaults() =>
        Assert.Equal(GuidanceSettings.Default, GuidanceSettingsFile.Parse("{}", "s.json"));

    [Fact]
    public void Parse_PublishedWindowAndNumbers_Applies()
    {
        GuidanceSettings s = GuidanceSettingsFile.Parse("""{ "targetWindow": "case-series", "interactionTroughWithinDays": 5 }""", "s.json");
        Assert.Same(TroughWindow.CaseSeries, s.TargetWindow);
        Assert.Equal(5, s.InteractionTroughWithinDays);
    }

    [Fact]
    public void Parse_CustomWindow_IsTaggedUnverified()
    {
        GuidanceSettings s = GuidanceSettingsFile.Parse("""{ "targetWindow": { "name": "ours", "lowNanogramsPerMillilitre": 4, "highNanogramsPerMillilitre": 8 } }""", "s.json");
        Assert.Equal("ours 4-8 ng/mL", s.TargetWindow.ToString());
        Assert.Equal(VerificationTag.Unverified, s.TargetWindow.Source.Tag);
    }

    [Theory]
    [InlineData("""{ "targetWindow": { "lowNanogramsPerMillilitre": 12, "highNanogramsPerMillilitre": 8 } }""", "low 12 ng/mL is not below high 8 ng/mL")] // low above high
    [InlineData("""{ "targetWindow": { "lowNanogramsPerMillilitre": -2, "highNanogramsPerMillilitre": 8 } }""", "low bound -2 ng/mL must be a finite, non-negative")] // negative window
    [InlineData("""{ "firstTroughDays": { "minimumDays": 20, "maximumDays": 10 } }""", "minimum 20 days is above maximum 10 days")] // day window reversed
    [InlineData("""{ "targetWindow": "tight" }""", "'tight' is not one of label, case-series, chinese-consensus")] // unknown window name
    [InlineData("""{ "windw": "label" }""", "field 'windw': unknown setting")] // misspelt setting
    [InlineData("""{ "interactionLookbackDays": 2.5 }""", "2.5 is not a whole number")] // fractional days
    [InlineData("""{ "interactionLookbackDays": 0 }""", "'interactionLookbackDays': 0 is outside [1, 365]")] // out of range
    [InlineData("""{ "fev1PercentPredictedThreshold": 400 }""", "must lie in [0, 300] %")] // beyond the quantity's range
    [InlineData("[1, 2]", "not a JSON object")] // wrong shape
    [InlineData("{ \"a\": ", "line 1: not valid JSON")] // broken JSON
    public void Parse_BadValue_NamesFileSettingAndReason(string json, string expected)
    {
        var ex = Assert.Throws<GuidanceSettingsException>(() => GuidanceSettingsFile.Parse(json, "s.json"));
        Assert.StartsWith("s.json: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "firstTroughDays": 14 }""", "field 'firstTroughDays': must be an object")] // a number where a day window goes (found by fuzzing: it crashed)
    [InlineData("""{ "surgeryHoldDays": [7, 14] }""", "field 'surgeryHoldDays': must be an object")]
    [InlineData("""{ "interactionLookbackDays": 30, "interactionLookbackDays": 60 }""", "not valid JSON: Duplicate")] // a key twice
    public void Parse_WindowNotAnObjectOrKeyTwice_ThrowsNamingTheSetting(string json, string expected)
    {
        var ex = Assert.Throws<GuidanceSettingsException>(() => GuidanceSettingsFile.Parse(json, "s.json"));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }
}
