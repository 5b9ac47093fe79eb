using LamTrack.Pharmacokinetics.Dosing;

namespace LamTrack.Pharmacokinetics.Data;

/// <summary>One subject (ID) of a NONMEM-style data set.</summary>
/// <param name="Id">The ID value as written.</param>
/// <param name="Doses">The expanded doses (ADDL expanded, SS kept as steady-state records).</param>
/// <param name="Observations">Observation records in time order.</param>
/// <param name="Covariates">Covariate values from the subject's first record, by column name.</param>
/// <param name="Etas">ETA values given in ETA_&lt;PARAMETER&gt; columns, by parameter name (empty when none).</param>
public sealed record SubjectData(
    string Id, DosingHistory Doses, IReadOnlyList<Observation> Observations,
    IReadOnlyDictionary<string, double> Covariates, IReadOnlyDictionary<string, double> Etas);
