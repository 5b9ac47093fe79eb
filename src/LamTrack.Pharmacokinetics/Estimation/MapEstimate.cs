using LamTrack.Pharmacokinetics.Solver;

namespace LamTrack.Pharmacokinetics.Estimation;

/// <summary>The result of MAP Bayesian estimation for one subject.</summary>
/// <remarks>
/// <see cref="PosteriorCovariance"/> ≈ (½·∇²OFV)⁻¹ at the mode (Laplace approximation of the posterior of η), from a
/// central-difference Hessian. Predictions are in ng/mL, one per used observation, in time order.
/// </remarks>
public sealed class MapEstimate
{
    internal MapEstimate(IReadOnlyList<string> etaNames, double[] etas, IndividualParameters parameters, double objective, double objectiveAtPrior)
    {
        EtaNames = etaNames;
        Etas = etas;
        Parameters = parameters;
        Objective = objective;
        ObjectiveAtPrior = objectiveAtPrior;
    }

    /// <summary>The parameter name of each η.</summary>
    public IReadOnlyList<string> EtaNames { get; }

    /// <summary>The η at the posterior mode.</summary>
    public IReadOnlyList<double> Etas { get; }

    /// <summary>The individual parameters at the mode.</summary>
    public IndividualParameters Parameters { get; }

    /// <summary>OFV at the mode (−2 log posterior without constants).</summary>
    public double Objective { get; }

    /// <summary>OFV at η = 0.</summary>
    public double ObjectiveAtPrior { get; }

    /// <summary>Individual predictions (IPRED) at the used observations, ng/mL.</summary>
    public IReadOnlyList<double> IndividualPredictions { get; internal init; } = [];

    /// <summary>Population predictions (PRED, η = 0) at the used observations, ng/mL.</summary>
    public IReadOnlyList<double> PopulationPredictions { get; internal init; } = [];

    /// <summary>The posterior covariance of η (row-major, n×n).</summary>
    public double[,] PosteriorCovariance { get; internal init; } = new double[0, 0];

    /// <summary>The posterior SD of each η.</summary>
    public IReadOnlyList<double> PosteriorSd { get; internal init; } = [];

    /// <summary>True when the optimiser met its gradient tolerance and the Hessian was positive definite.</summary>
    public bool Converged { get; internal init; }

    /// <summary>How many optimiser starts were run.</summary>
    public int Starts { get; internal init; }

    /// <summary>Objective evaluations used in total.</summary>
    public int Evaluations { get; internal init; }
}
