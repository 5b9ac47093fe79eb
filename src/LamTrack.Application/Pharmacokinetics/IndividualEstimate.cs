namespace LamTrack.Application.Pharmacokinetics;

/// <summary>A patient's individual PK parameters at the posterior mode (MAP).</summary>
/// <param name="ClearanceLitresPerHour">Apparent clearance CL/F, L/h.</param>
/// <param name="CentralVolumeLitres">Apparent central volume V/F, L.</param>
/// <param name="Converged">Whether the MAP search converged.</param>
public sealed record IndividualEstimate(double ClearanceLitresPerHour, double CentralVolumeLitres, bool Converged);
