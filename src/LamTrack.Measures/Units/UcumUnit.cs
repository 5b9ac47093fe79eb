namespace LamTrack.Measures.Units;

/// <summary>A unit known to LamTrack: its UCUM code, dimension and factor to the dimension's canonical unit.</summary>
/// <remarks>
/// Canonical units: ng/mL (mass concentration), mm[Hg] (pressure), L (volume), % (percent), m (length),
/// mg (mass), mg/d (mass rate), mmol/min/kPa (diffusing capacity). A value v in this unit is
/// v · <see cref="FactorToCanonical"/> in the canonical unit. Codes follow UCUM (https://ucum.org/ucum).
/// </remarks>
/// <param name="Code">The UCUM code, case-sensitive, for example <c>ng/mL</c> or <c>mm[Hg]</c>.</param>
/// <param name="Dimension">The physical dimension.</param>
/// <param name="FactorToCanonical">Multiplier from this unit to the canonical unit of <paramref name="Dimension"/>.</param>
public sealed record UcumUnit(string Code, Dimension Dimension, double FactorToCanonical);
