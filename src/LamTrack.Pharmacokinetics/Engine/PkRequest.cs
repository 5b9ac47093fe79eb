using LamTrack.Pharmacokinetics.Interactions;
using LamTrack.Pharmacokinetics.Models;

namespace LamTrack.Pharmacokinetics.Engine;

/// <summary>The one request of the engine: a model, a treatment and what is wanted.</summary>
/// <param name="Model">The population model (its citation, domain and assumptions travel into the response).</param>
/// <param name="Treatment">Doses, covariates, samples and co-medication.</param>
/// <param name="Interactions">The perpetrator table used to translate co-medication into CL/F changes.</param>
/// <param name="Wanted">What to compute.</param>
public sealed record PkRequest(PopulationModel Model, PkTreatment Treatment, InteractionTable Interactions, PkWanted Wanted);
