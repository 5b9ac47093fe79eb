using LamTrack.Pharmacokinetics.Simulation;

namespace LamTrack.Pharmacokinetics.Tests.Simulation;

/// <summary>A Monte Carlo past the limits is refused before memory is taken (<c>--days 100000000</c> used to die out of memory).</summary>
public sealed class SimulationLimitsTests
{
    [Theory]
    [InlineData(365, 10_000, true)]
    [InlineData(100_000, 20_000, true)]
    [InlineData(100_000_000, 10_000, false)]
    [InlineData(365, 2_000_000, false)]
    [InlineData(100_000, 100_000, false)]
    [InlineData(0, 10, false)]
    public void Problem_IntervalsAndSubjects_RefusedPastTheLimits(double intervals, long subjects, bool allowed) =>
        Assert.Equal(allowed, SimulationLimits.Problem(intervals, subjects) is null);
}
