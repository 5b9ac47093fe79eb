namespace LamTrack.Application.Pharmacokinetics;

/// <summary>The population model a result rests on, with its citation and population.</summary>
/// <param name="Id">The model id, e.g. <c>jiao-2009</c>.</param>
/// <param name="Reference">Authors, title, journal, year.</param>
/// <param name="Doi">The DOI, or null.</param>
/// <param name="Verification">Verification tag of the model's numbers ([P], [L], [S] or [UNVERIFIED]).</param>
/// <param name="PopulationDescription">Who the model was estimated in.</param>
/// <param name="IsLamPopulation">False when the model is an off-population prior for LAM.</param>
public sealed record PkModelSummary(string Id, string Reference, string? Doi, string Verification, string PopulationDescription, bool IsLamPopulation);
