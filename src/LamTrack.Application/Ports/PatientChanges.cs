namespace LamTrack.Application.Ports;

/// <summary>The patients written since a mark in the store's change history (<see cref="IPatientStore.ChangesSinceAsync"/>).</summary>
/// <param name="Mark">The mark to quote next time: the position of the last change seen.</param>
/// <param name="PatientIds">The identifiers of the patients created, edited or deleted after the quoted mark, each once.</param>
/// <param name="Complete">False when there were more changes than the caller's limit: <paramref name="PatientIds"/> then
/// holds only the first ones, and a cache should be rebuilt whole.</param>
public sealed record PatientChanges(long Mark, IReadOnlyList<string> PatientIds, bool Complete);
