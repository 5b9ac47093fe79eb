using LamTrack.Pharmacokinetics.Models;
using LamTrack.Pharmacokinetics.Simulation;
using LamTrack.Pharmacokinetics.Solver;
using LamTrack.Pharmacokinetics.Tests.Fixtures;
using LamTrack.Testing;
using MathNet.Numerics.Distributions;

namespace LamTrack.Pharmacokinetics.Tests.Simulation;

public sealed class PopulationSimulatorTests
{
    private static SubjectPrior Prior(string id = "reference-1cmt") =>
        ModelFileReader.ReadFile(ReferenceFiles.ModelPath(id)).Apply(new Dictionary<string, double>()).Prior!;

    private static PopulationSimulationRequest Request(int n, ulong seed, bool residual = true, string id = "reference-1cmt") =>
        new(Prior(id), 2, 24, 60, n, seed, 5, 15, [7, 60], residual);

    [Fact]
    public void Run_SameSeed_GivesIdenticalResults()
    {
        PopulationSimulationResult a = PopulationSimulator.Run(Request(5000, 7));
        PopulationSimulationResult b = PopulationSimulator.Run(Request(5000, 7));

        Assert.Equal(a.Summaries, b.Summaries);
        Assert.Equal(a.MeanByInterval, b.MeanByInterval);
    }

    [Fact]
    public void Run_DifferentSeed_GivesDifferentResults()
    {
        Assert.NotEqual(PopulationSimulator.Run(Request(5000, 7)).MeanByInterval, PopulationSimulator.Run(Request(5000, 8)).MeanByInterval);
    }

    [Fact]
    public void Run_NoResidualError_MedianMatchesTypicalSubjectTrough()
    {
        // With log-normal CL and V the median trough is close to (not exactly) the typical subject's; 2 % tolerance.
        PopulationSimulationResult r = PopulationSimulator.Run(Request(40000, 11, residual: false));

        double typical = ConcentrationSolver.Predict(IndividualParameters.OneCompartment(10, 300, 1), Dosing.DosingHistory.Regular(Measures.Quantities.Dose.FromMilligrams(2), 24, 60), 1440)[0];
        Tolerance.AssertClose(typical, r.Summaries[1].Median, relative: 0.02);
    }

    [Fact]
    public void Run_WithResidualError_MatchesIndependentSimulationWithSolverAndMathNet()
    {
        // An independent Monte Carlo: MathNet normal draws, the general event solver, proportional error 20 %.
        var random = new Random(99);
        var history = Dosing.DosingHistory.Regular(Measures.Quantities.Dose.FromMilligrams(2), 24, 60);
        double sd = Math.Sqrt(0.0861777);
        double[] troughs = [.. Enumerable.Range(0, 20000).Select(_ =>
        {
            var p = IndividualParameters.OneCompartment(10 * Math.Exp(sd * Normal.Sample(random, 0, 1)), 300 * Math.Exp(sd * Normal.Sample(random, 0, 1)), 1);
            return Math.Max(0, ConcentrationSolver.Predict(p, history, 1440)[0] * (1 + (0.2 * Normal.Sample(random, 0, 1))));
        }).Order()];

        TroughSummary s = PopulationSimulator.Run(Request(40000, 3)).Summaries[1];

        Tolerance.AssertClose(troughs[troughs.Length / 2], s.Median, relative: 0.03);
        Tolerance.AssertClose(troughs[troughs.Length / 4], s.P25, relative: 0.03);
        Tolerance.AssertClose(troughs[3 * troughs.Length / 4], s.P75, relative: 0.03);
        Tolerance.AssertClose(troughs.Count(t => t >= 5 && t <= 15) / (double)troughs.Length, s.ProbabilityInTarget, relative: 0, absolute: 0.02);
        Tolerance.AssertClose(1.0, s.ProbabilityBelow + s.ProbabilityInTarget + s.ProbabilityAbove, relative: 1e-12);
    }

    [Fact]
    public void Run_TwoCompartmentModel_RunsAndIsDeterministic()
    {
        PopulationSimulationResult a = PopulationSimulator.Run(Request(3000, 5, id: "reference-2cmt"));
        PopulationSimulationResult b = PopulationSimulator.Run(Request(3000, 5, id: "reference-2cmt"));

        Assert.Equal(a.Summaries, b.Summaries);
        Assert.InRange(a.Summaries[1].Median, 3, 8);
    }

    [Fact]
    public void NextNormal_ManyDraws_FollowsTheStandardNormal()
    {
        var rng = new RandomStream(123, 0);
        var draws = new double[200000];
        for (int i = 0; i < draws.Length; i++)
        {
            draws[i] = rng.NextNormal();
        }

        Array.Sort(draws);
        double maxGap = draws.Select((x, i) => Math.Abs(Normal.CDF(0, 1, x) - ((i + 0.5) / draws.Length))).Max();
        Assert.True(maxGap < 0.005, $"Kolmogorov distance {maxGap}");
        Tolerance.AssertClose(1.0, draws.Select(x => x * x).Average(), relative: 0.02);
    }
}
