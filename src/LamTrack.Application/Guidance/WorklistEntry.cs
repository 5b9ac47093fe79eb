namespace LamTrack.Application.Guidance;

/// <summary>One line of the clinic worklist: a patient, how many findings, and the most severe one.</summary>
/// <param name="PatientId">The patient.</param>
/// <param name="FindingCount">How many findings the patient has.</param>
/// <param name="MostSevere">The most severe finding, or null when there is none.</param>
public sealed record WorklistEntry(string PatientId, int FindingCount, FindingDocument? MostSevere);
