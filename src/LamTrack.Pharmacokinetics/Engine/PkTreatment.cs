using LamTrack.Pharmacokinetics.Data;
using LamTrack.Pharmacokinetics.Dosing;
using LamTrack.Pharmacokinetics.Interactions;

namespace LamTrack.Pharmacokinetics.Engine;

/// <summary>A patient's treatment as the engine sees it: doses, covariates, samples and co-medication periods.</summary>
/// <param name="Doses">Doses given (and planned), h from the reference.</param>
/// <param name="Covariates">Covariate values by name (AGE, WT, ...).</param>
/// <param name="Observations">Measured or censored troughs.</param>
/// <param name="CoMedications">Co-medication periods (matched against the interaction table).</param>
public sealed record PkTreatment(
    DosingHistory Doses, IReadOnlyDictionary<string, double> Covariates, IReadOnlyList<Observation> Observations,
    IReadOnlyList<CoMedicationPeriod> CoMedications);
