namespace LamTrack.Pharmacokinetics.Models;

/// <summary>The population a model was built from.</summary>
/// <param name="Description">Who, how many, which co-medication, which assay.</param>
/// <param name="IsLamPopulation">True only for a model estimated in LAM patients; otherwise results are an off-population prior.</param>
public sealed record ModelPopulation(string Description, bool IsLamPopulation);
