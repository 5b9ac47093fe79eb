namespace LamTrack.Application.Ports;

/// <summary>What a cohort selection did: how many patients the input held, how many were selected, and why the others
/// were left out.</summary>
/// <param name="Rule">The rule applied.</param>
/// <param name="Seen">Patients (Patient resources) in the input.</param>
/// <param name="Selected">Patients the rule selected.</param>
/// <param name="LeftOut">Patients left out, by reason (reason words such as "no LAM condition").</param>
/// <param name="ResourcesLeftOut">Resources of patients left out, skipped before a full parse where possible.</param>
public sealed record CohortSelection(CohortRule Rule, int Seen, int Selected, IReadOnlyDictionary<string, int> LeftOut, long ResourcesLeftOut);
