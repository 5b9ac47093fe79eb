namespace LamTrack.Pharmacokinetics.Interactions;

/// <summary>A co-medication taken over [start, stop) in h from the history's reference; stop null = still taken.</summary>
/// <param name="Drug">The drug as recorded (matched against the interaction table).</param>
/// <param name="StartHours">Start, h.</param>
/// <param name="StopHours">Stop, h, or null when ongoing.</param>
public sealed record CoMedicationPeriod(string Drug, double StartHours, double? StopHours);
