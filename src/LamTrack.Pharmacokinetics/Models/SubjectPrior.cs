using LamTrack.Pharmacokinetics.Solver;

namespace LamTrack.Pharmacokinetics.Models;

/// <summary>One subject's prior: typical parameters for their covariates, and the log-normal IIV around them.</summary>
/// <remarks>
/// Individual parameter P = TV·e^(η) for parameters with IIV, TV otherwise; η ~ N(0, Ω) with Ω diagonal (ω² from the model).
/// Parameter slots: 0 CL (L/h), 1 central V (L), 2 KA (1/h), 3 Q (L/h), 4 V3 (L).
/// </remarks>
public sealed class SubjectPrior
{
    private readonly double[] _typical;
    private readonly int[] _etaSlot;
    private readonly double[] _omega;

    private SubjectPrior(PopulationModel model, double[] typical, int[] etaSlot, double[] omega, IReadOnlyDictionary<string, double> covariates)
    {
        Model = model;
        _typical = typical;
        _etaSlot = etaSlot;
        _omega = omega;
        Covariates = covariates;
        EtaNames = [.. etaSlot.Select(SlotName)];
    }

    /// <summary>The model.</summary>
    public PopulationModel Model { get; }

    /// <summary>The covariate values used (including assumed ones).</summary>
    public IReadOnlyDictionary<string, double> Covariates { get; }

    /// <summary>Number of random effects (η).</summary>
    public int EtaCount => _etaSlot.Length;

    /// <summary>Parameter name of each η, in order.</summary>
    public IReadOnlyList<string> EtaNames { get; }

    /// <summary>ω² of η number <paramref name="index"/>.</summary>
    public double OmegaSquared(int index) => _omega[index];

    /// <summary>The typical (η = 0) parameters.</summary>
    public IndividualParameters Typical => Individual([]);

    /// <summary>Builds the prior for the covariate values given (all the model's covariates must be present).</summary>
    /// <exception cref="KeyNotFoundException">A covariate is missing.</exception>
    public static SubjectPrior Create(PopulationModel model, IReadOnlyDictionary<string, double> covariates)
    {
        ArgumentNullException.ThrowIfNull(model);
        var typical = new double[5];
        foreach (ModelParameter p in model.Parameters)
        {
            typical[Slot(p.Name)] = p.TypicalFor(covariates);
        }

        int[] slots = [.. model.RandomEffects.Select(r => Slot(r.Parameter))];
        double[] omega = [.. model.RandomEffects.Select(r => r.Variance)];
        return new SubjectPrior(model, typical, slots, omega, covariates);
    }

    /// <summary>The individual parameters for η (an empty span means η = 0).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A resulting parameter is not positive (covariates pushed it below 0).</exception>
    public IndividualParameters Individual(ReadOnlySpan<double> eta)
    {
        Span<double> p = stackalloc double[5];
        _typical.CopyTo(p);
        for (int i = 0; i < eta.Length; i++)
        {
            p[_etaSlot[i]] *= Math.Exp(eta[i]);
        }

        return Model.Structure == ModelStructure.OneCompartmentOral
            ? IndividualParameters.OneCompartment(p[0], p[1], p[2])
            : IndividualParameters.TwoCompartment(p[0], p[1], p[3], p[4], p[2]);
    }

    /// <summary>ηᵀΩ⁻¹η for diagonal Ω.</summary>
    public double PriorPenalty(ReadOnlySpan<double> eta)
    {
        double sum = 0;
        for (int i = 0; i < eta.Length; i++)
        {
            sum += eta[i] * eta[i] / _omega[i];
        }

        return sum;
    }

    internal static int Slot(string name) => name.ToUpperInvariant() switch
    {
        "CL" => 0,
        "V" or "V2" => 1,
        "KA" => 2,
        "Q" => 3,
        "V3" => 4,
        _ => throw new ArgumentException($"unknown parameter '{name}'", nameof(name)),
    };

    private string SlotName(int slot) => slot switch
    {
        0 => "CL",
        1 => Model.Structure == ModelStructure.OneCompartmentOral ? "V" : "V2",
        2 => "KA",
        3 => "Q",
        _ => "V3",
    };
}
