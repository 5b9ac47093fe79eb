using System.Globalization;

namespace LamTrack.Guidance.Settings;

/// <summary>A span of whole days after an event, [minimum, maximum], such as "10–20 days after a dose change".</summary>
/// <remarks>Both ends are inclusive and counted in calendar days from the event date (day 0).</remarks>
public sealed record DayWindow
{
    private DayWindow(int minimumDays, int maximumDays)
    {
        MinimumDays = minimumDays;
        MaximumDays = maximumDays;
    }

    /// <summary>The first day of the window, in days after the event.</summary>
    public int MinimumDays { get; }

    /// <summary>The last day of the window, in days after the event.</summary>
    public int MaximumDays { get; }

    /// <summary>Creates a window; <paramref name="setting"/> names it in error messages.</summary>
    /// <exception cref="GuidanceSettingsException">A bound is negative or the minimum exceeds the maximum.</exception>
    public static DayWindow Create(string setting, int minimumDays, int maximumDays)
    {
        if (minimumDays < 0 || maximumDays < 0)
        {
            throw new GuidanceSettingsException(string.Create(CultureInfo.InvariantCulture, $"setting '{setting}': window {minimumDays}-{maximumDays} days is negative"));
        }

        return minimumDays > maximumDays
            ? throw new GuidanceSettingsException(string.Create(CultureInfo.InvariantCulture, $"setting '{setting}': minimum {minimumDays} days is above maximum {maximumDays} days"))
            : new DayWindow(minimumDays, maximumDays);
    }

    /// <summary>"min–max days".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{MinimumDays}-{MaximumDays} days");
}
