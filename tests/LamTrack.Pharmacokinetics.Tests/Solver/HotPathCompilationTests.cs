using System.Reflection;
using LamTrack.Pharmacokinetics.Estimation;
using LamTrack.Pharmacokinetics.Solver;

namespace LamTrack.Pharmacokinetics.Tests.Solver;

/// <summary>The methods a MAP fit spends its run in are compiled optimised at their first call (docs/benchmarks.md,
/// "Re-measured after the application layer"): a short command would otherwise end before tiered compilation replaced
/// their first, unoptimised code.</summary>
public sealed class HotPathCompilationTests
{
    [Theory]
    [InlineData(typeof(EventWalker), "Run")]
    [InlineData(typeof(EventWalker), "ApplyDose")]
    [InlineData(typeof(Propagator), "Advance")]
    [InlineData(typeof(Propagator), "AdvanceOne")]
    [InlineData(typeof(Propagator), "AdvanceTwo")]
    [InlineData(typeof(SteadyState), "AddDose")]
    [InlineData(typeof(MapObjective), "Value")]
    [InlineData(typeof(MapObjective), "Term")]
    public void HotMethod_CompiledOptimisedAtFirstCall_True(Type type, string method)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;
        MethodInfo info = Assert.Single(type.GetMethods(all), m => m.Name == method);
        Assert.True(info.MethodImplementationFlags.HasFlag(MethodImplAttributes.AggressiveOptimization), $"{type.Name}.{method}");
    }
}
