namespace LamTrack.Pharmacokinetics.Models;

/// <summary>A covariate the model uses, with its unit, validity range and the value assumed when a patient lacks it.</summary>
/// <remarks>
/// <see cref="Minimum"/> and <see cref="Maximum"/> (inclusive) are the model's validity domain for this covariate: a
/// patient outside it makes the model not applicable. <see cref="AssumedValue"/> with <see cref="Assumption"/> is used
/// when the patient has no value; the assumption is always reported. With no assumed value, the covariate is required.
/// </remarks>
/// <param name="Name">Name used in covariate effects and data columns.</param>
/// <param name="Unit">UCUM-like unit of the values.</param>
/// <param name="Minimum">Lowest value in the studied population, or null.</param>
/// <param name="Maximum">Highest value in the studied population, or null.</param>
/// <param name="AssumedValue">Value used when missing, or null when required.</param>
/// <param name="Assumption">Why that value, printed with every result that uses it.</param>
public sealed record CovariateDefinition(string Name, string Unit, double? Minimum, double? Maximum, double? AssumedValue, string? Assumption);
