using LamTrack.Guidance.Settings;

namespace LamTrack.Guidance.Tests.Settings;

public sealed class DayWindowTests
{
    [Fact]
    public void Create_ValidWindow_KeepsBounds()
    {
        DayWindow window = DayWindow.Create("firstTroughDays", 10, 20);
        Assert.Equal((10, 20), (window.MinimumDays, window.MaximumDays));
        Assert.Equal("10-20 days", window.ToString());
    }

    [Theory]
    [InlineData(-1, 5, "is negative")] // negative window
    [InlineData(20, 10, "minimum 20 days is above maximum 10 days")] // low above high
    public void Create_BadWindow_IsAClearError(int min, int max, string expected)
    {
        var ex = Assert.Throws<GuidanceSettingsException>(() => DayWindow.Create("firstTroughDays", min, max));
        Assert.Contains("setting 'firstTroughDays'", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }
}
