namespace LamTrack.Testing.Fhir;

/// <summary>What <see cref="EhrExportGenerator"/> wrote: the patients a LAM selection must keep, with the timeline each
/// must get (one line per event, in the form of the FHIR tests' <c>TimelineText</c>), and the decoys it must leave out.</summary>
/// <param name="Patients">Patients written.</param>
/// <param name="Resources">Resources written (lines).</param>
/// <param name="Expected">For each LAM patient id, the expected timeline lines.</param>
/// <param name="Refuted">Patients whose only LAM Condition is refuted.</param>
/// <param name="BroadCodeOnly">Patients whose only LAM-like code is ICD-10 J84.8 with a text that does not name LAM.</param>
public sealed record EhrExportSummary(int Patients, long Resources, IReadOnlyDictionary<string, List<string>> Expected, int Refuted, int BroadCodeOnly);
