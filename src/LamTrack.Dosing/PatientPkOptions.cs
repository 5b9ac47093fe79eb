using NodaTime;

namespace LamTrack.Dosing;

/// <summary>Choices the mapping from a patient record to the PK engine needs, each printed as an assumption when used.</summary>
/// <param name="DecisionDate">The day the new regimen would start; null = the day of the last trough (or the last record).</param>
/// <param name="AssumedAgents">Agents assumed for co-medications whose drugs the record does not name, by therapy text
/// (e.g. "anti-tuberculosis therapy" → "rifampicin"); never applied silently.</param>
/// <param name="UndetectableLimitNanogramsPerMillilitre">Detection limit assumed for "undetectable" results without a stated limit, ng/mL.</param>
public sealed record PatientPkOptions(LocalDate? DecisionDate, IReadOnlyDictionary<string, string> AssumedAgents, double UndetectableLimitNanogramsPerMillilitre = 0.5)
{
    /// <summary>No decision date and no assumed agents.</summary>
    public static PatientPkOptions Default { get; } = new(null, new Dictionary<string, string>());
}
