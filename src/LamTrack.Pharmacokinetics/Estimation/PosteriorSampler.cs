using LamTrack.Pharmacokinetics.Models;
using LamTrack.Pharmacokinetics.Simulation;
using MathNet.Numerics.LinearAlgebra;

namespace LamTrack.Pharmacokinetics.Estimation;

/// <summary>Draws η from the Laplace approximation N(η̂, Σ) of the posterior (or from the prior N(0, Ω) without an estimate).</summary>
/// <remarks>
/// η = η̂ + L·z with L the Cholesky factor of Σ and z standard normal; parameters are e^η times typical values, so every
/// sampled concentration is positive and intervals built from the samples are log-scale intervals (never below zero).
/// Deterministic for a seed.
/// </remarks>
public sealed class PosteriorSampler
{
    private readonly double[] _mode;
    private readonly double[,] _chol;
    private RandomStream _rng;

    private PosteriorSampler(double[] mode, double[,] chol, ulong seed)
    {
        _mode = mode;
        _chol = chol;
        _rng = new RandomStream(seed, 0xF0);
    }

    /// <summary>A sampler around <paramref name="estimate"/>, or around the prior when the estimate is null or its covariance is not positive definite.</summary>
    public static PosteriorSampler Create(SubjectPrior prior, MapEstimate? estimate, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(prior);
        int n = prior.EtaCount;
        Matrix<double> cov = Matrix<double>.Build.Dense(n, n, (i, j) => i == j ? prior.OmegaSquared(i) : 0);
        double[] mode = new double[n];
        if (estimate is not null && estimate.PosteriorSd.All(double.IsFinite))
        {
            cov = Matrix<double>.Build.DenseOfArray(estimate.PosteriorCovariance);
            mode = [.. estimate.Etas];
        }

        return new PosteriorSampler(mode, cov.Cholesky().Factor.ToArray(), seed);
    }

    /// <summary>The centre η̂ (0 for the prior).</summary>
    public IReadOnlyList<double> Mode => _mode;

    /// <summary>Fills <paramref name="eta"/> with one draw.</summary>
    public void Next(Span<double> eta)
    {
        int n = _mode.Length;
        Span<double> z = stackalloc double[n];
        for (int i = 0; i < n; i++)
        {
            z[i] = _rng.NextNormal();
        }

        for (int i = 0; i < n; i++)
        {
            double sum = _mode[i];
            for (int j = 0; j <= i; j++)
            {
                sum += _chol[i, j] * z[j];
            }

            eta[i] = sum;
        }
    }
}
