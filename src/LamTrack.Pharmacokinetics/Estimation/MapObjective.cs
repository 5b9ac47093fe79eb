using System.Runtime.CompilerServices;
using LamTrack.Pharmacokinetics.Data;
using LamTrack.Pharmacokinetics.Models;
using LamTrack.Pharmacokinetics.Solver;
using MathNet.Numerics.Distributions;

namespace LamTrack.Pharmacokinetics.Estimation;

/// <summary>The MAP objective (−2 log posterior without constants) of one subject as a function of η.</summary>
/// <remarks>
/// OFV(η) = Σ_measured [ln var_j + (y_j − f_j)²/var_j] + Σ_censored −2·ln Φ((LLOQ_j − f_j)/sd_j) + ηᵀΩ⁻¹η, with
/// var_j from <see cref="ResidualErrorModel.Variance"/>; for exponential error y, f and LLOQ are replaced by their logs.
/// The constant n·ln(2π) is left out ([KANG-2012]; the
/// mapbayr objective [LELOUEDEC-2021]; docs/references.md); censored samples use Beal's M3 likelihood: −2·ln Φ(z) below a limit, −2·ln(1 − Φ(z)) above one. Predictions below 1e-6 ng/mL are floored there, only
/// inside the error model, so that ln var stays finite.
/// </remarks>
internal sealed class MapObjective
{
    private const double FloorNanogramsPerMillilitre = 1e-6;
    private readonly SubjectPrior _prior;
    private readonly EstimationSubject _subject;
    private readonly double[] _times;
    private readonly Observation[] _obs;

    public MapObjective(SubjectPrior prior, EstimationSubject subject)
    {
        _prior = prior;
        _subject = subject;
        _obs = [.. subject.UsedObservations];
        _times = [.. _obs.Select(o => o.TimeHours)];
        Predictions = new double[_times.Length];
    }

    public int Dimension => _prior.EtaCount;

    /// <summary>The predictions of the last evaluation, ng/mL, one per used observation.</summary>
    public double[] Predictions { get; }

    public IReadOnlyList<Observation> Observations => _obs;

    // Compiled optimised at the first call, as EventWalker.Run is: a MAP fit spends its run here.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Value(ReadOnlySpan<double> eta)
    {
        IndividualParameters p;
        try
        {
            p = _prior.Individual(eta);
        }
        catch (ArgumentOutOfRangeException)
        {
            return double.PositiveInfinity;
        }

        ConcentrationSolver.Predict(p, _subject.Doses, _subject.Clearance, _times, Predictions);
        double sum = _prior.PriorPenalty(eta);
        ResidualErrorModel error = _prior.Model.ResidualError;
        for (int j = 0; j < _obs.Length; j++)
        {
            sum += Term(error, _obs[j], Math.Max(Predictions[j], FloorNanogramsPerMillilitre));
        }

        return double.IsFinite(sum) ? sum : double.PositiveInfinity;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double Term(ResidualErrorModel error, Observation o, double f)
    {
        double variance = error.Variance(f);
        bool log = error.IsLogScale;
        double pred = log ? Math.Log(f) : f;
        if (o.IsCensored)
        {
            double raw = o.IsAboveLimit ? o.UpperLimitNanogramsPerMillilitre : o.LowerLimitNanogramsPerMillilitre;
            double z = ((log ? Math.Log(raw) : raw) - pred) / Math.Sqrt(variance);
            double probability = o.IsAboveLimit ? Normal.CDF(0, 1, -z) : Normal.CDF(0, 1, z);
            return -2.0 * Math.Log(Math.Max(probability, 1e-300));
        }

        double y = log ? Math.Log(o.ValueNanogramsPerMillilitre) : o.ValueNanogramsPerMillilitre;
        double r = y - pred;
        return Math.Log(variance) + (r * r / variance);
    }
}
