using LamTrack.Measures.Quantities;
using NodaTime;

namespace LamTrack.Application.Pharmacokinetics;

/// <summary>A Monte Carlo of virtual patients on a regular oral regimen: trough distribution and probability of target attainment.</summary>
/// <param name="Model">The population model; random effects are drawn from its Ω.</param>
/// <param name="Dose">The dose per administration.</param>
public sealed record PkPopulationRequest(PkModelRequest Model, Dose Dose)
{
    /// <summary>The dosing interval; it must divide <see cref="Days"/> evenly. Default 24 h.</summary>
    public Duration Interval { get; init; } = Duration.FromHours(24);

    /// <summary>Days simulated. Default 365.</summary>
    public int Days { get; init; } = 365;

    /// <summary>Number of virtual patients. Default 10,000.</summary>
    public int Subjects { get; init; } = 10_000;

    /// <summary>Random seed: the same seed gives the same result. Default 20261127.</summary>
    public ulong Seed { get; init; } = 20261127;

    /// <summary>The target window <c>LOW-HIGH</c> in ng/mL. Default <c>5-15</c> (the label's window).</summary>
    public string Target { get; init; } = "5-15";

    /// <summary>The days to summarise, each from 1 to <see cref="Days"/>. Default 7, 14, 28, 90, 180 and 365.</summary>
    public IReadOnlyList<int> ReportDays { get; init; } = [7, 14, 28, 90, 180, 365];

    /// <summary>Covariate values by the model's covariate names (case-insensitive), e.g. <c>AGE</c> in years; a model's default
    /// is assumed for any not given.</summary>
    public IReadOnlyDictionary<string, double> Covariates { get; init; } = new Dictionary<string, double>();

    /// <summary>True to add the model's residual error to every trough (an observed level); false for the true level. Default true.</summary>
    public bool ResidualError { get; init; } = true;

    /// <summary>The wording of a report day that is not a whole day from 1 to <paramref name="days"/>, for a caller that reads
    /// the days from text.</summary>
    public static string ReportDayRule(string item, int days) =>
        $"--report-days '{item}' must be a whole day from 1 to the {days} days simulated (--days)";
}
