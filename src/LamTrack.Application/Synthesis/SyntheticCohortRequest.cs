namespace LamTrack.Application.Synthesis;

/// <summary>What <see cref="SyntheticCohortService"/> generates.</summary>
/// <param name="PatientCount">Number of patients.</param>
/// <param name="Seed">Random seed; the same seed and settings give the same cohort.</param>
/// <param name="OutputPath">The JSON Lines file to write, one patient per line (replaced atomically).</param>
/// <param name="Settings">The model's parameters.</param>
public sealed record SyntheticCohortRequest(int PatientCount, int Seed, string OutputPath, SyntheticCohortSettings Settings);
