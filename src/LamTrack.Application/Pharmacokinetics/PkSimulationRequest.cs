namespace LamTrack.Application.Pharmacokinetics;

/// <summary>Population (PRED) and individual (IPRED) predictions at every observation record of a NONMEM-style data file.</summary>
/// <param name="Model">The population model.</param>
/// <param name="DataFile">The NONMEM-style CSV (ID, TIME h, AMT mg, EVID, CMT, II, ADDL, SS, DV ng/mL, MDV, LLOQ, covariates,
/// <c>ETA_&lt;PARAM&gt;</c> columns for individual predictions).</param>
public sealed record PkSimulationRequest(PkModelRequest Model, string DataFile);
