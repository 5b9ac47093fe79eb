using LamTrack.Measures.Quantities;
using LamTrack.Pharmacokinetics.Data;
using LamTrack.Pharmacokinetics.Dosing;
using LamTrack.Pharmacokinetics.Estimation;
using LamTrack.Pharmacokinetics.Models;
using LamTrack.Pharmacokinetics.Simulation;
using LamTrack.Pharmacokinetics.Solver;

namespace LamTrack.Pharmacokinetics.Benchmarks;

/// <summary>The three workloads of issue 4's speed targets, shared by the BenchmarkDotNet classes and the quick runner.</summary>
internal static class Workloads
{
    public static SubjectPrior ReferencePrior { get; } =
        ModelFileReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "models", "reference-1cmt.json")).Apply(new Dictionary<string, double>()).Prior!;

    /// <summary>1,000,000 subjects × 365 daily troughs, 2 mg q24h, IIV and residual error.</summary>
    public static PopulationSimulationResult MonteCarlo(int subjects = 1_000_000, int days = 365, bool residualError = true) =>
        PopulationSimulator.Run(new PopulationSimulationRequest(ReferencePrior, 2, 24, days, subjects, 20261127, 5, 15,
            [7, 14, 28, 90, 180, days], residualError));

    /// <summary>1,000 patients with two troughs each (the MAP reference patient with varied levels).</summary>
    public static EstimationSubject[] MapPatients(int count = 1000)
    {
        var doses = DosingHistory.Regular(Dose.FromMilligrams(2), 24, 14);
        var rng = new Random(42);
        return [.. Enumerable.Range(0, count).Select(_ => EstimationSubject.Create(doses, ClearanceSchedule.None,
            [Observation.Measured(168, 4.1 * Math.Exp(0.4 * (rng.NextDouble() - 0.5))), Observation.Measured(336, 5.3 * Math.Exp(0.4 * (rng.NextDouble() - 0.5)))]))];
    }

    public static MapEstimate[] EstimateAll(EstimationSubject[] patients)
    {
        var results = new MapEstimate[patients.Length];
        Parallel.For(0, patients.Length, i => results[i] = MapEstimator.Estimate(ReferencePrior, patients[i]));
        return results;
    }

    /// <summary>A one-year individual forecast: 365 daily doses, hourly concentrations (8,760 points).</summary>
    public static double[] ForecastTimes { get; } = [.. Enumerable.Range(1, 8760).Select(h => (double)h)];

    public static DosingHistory Year { get; } = DosingHistory.Regular(Dose.FromMilligrams(2), 24, 365);

    public static void Forecast(double[] output) =>
        ConcentrationSolver.Predict(ReferencePrior.Typical, Year, ClearanceSchedule.None, ForecastTimes, output);
}
