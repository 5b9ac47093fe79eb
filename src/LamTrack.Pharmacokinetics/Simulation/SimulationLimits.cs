using System.Globalization;

namespace LamTrack.Pharmacokinetics.Simulation;

/// <summary>The size limits of a Monte Carlo run (<see cref="PopulationSimulator"/>), checked before any memory is taken.</summary>
/// <remarks>
/// Memory grows with the dosing intervals (one running sum per interval and worker) and time with intervals × subjects
/// (about 5 ns per trough per core). 100,000 intervals is 274 years of daily dosing; 2·10⁹ troughs is a few minutes on
/// two cores. <c>--days 100000000</c> used to allocate until the process died.
/// </remarks>
public static class SimulationLimits
{
    /// <summary>The most dosing intervals simulated per subject.</summary>
    public const int MaxIntervals = 100_000;

    /// <summary>The most virtual subjects.</summary>
    public const int MaxSubjects = 1_000_000;

    /// <summary>The most troughs (intervals × subjects) in one run.</summary>
    public const long MaxTroughs = 2_000_000_000;

    /// <summary>Why a run of <paramref name="intervals"/> × <paramref name="subjects"/> is refused, or null when it is within the limits.</summary>
    public static string? Problem(double intervals, long subjects)
    {
        if (!(intervals >= 1) || intervals > MaxIntervals)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{intervals:N0} dosing intervals requested; 1 to {MaxIntervals:N0} are simulated");
        }

        if (subjects < 1 || subjects > MaxSubjects)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{subjects:N0} subjects requested; 1 to {MaxSubjects:N0} are simulated");
        }

        return intervals * subjects > MaxTroughs
            ? string.Create(CultureInfo.InvariantCulture, $"{intervals:N0} intervals × {subjects:N0} subjects is {intervals * subjects:N0} troughs; at most {MaxTroughs:N0} are simulated in one run")
            : null;
    }
}
