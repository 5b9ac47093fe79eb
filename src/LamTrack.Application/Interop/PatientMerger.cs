using LamTrack.Domain.Events;
using LamTrack.Domain.Patients;

namespace LamTrack.Application.Interop;

/// <summary>Merges an imported record of a patient into the one already stored, for the same person seen by two sources
/// or a later export that brings more events.</summary>
/// <remarks>Events are matched by id (an EHR event's id is its source resource's <c>Type/id</c>, after <c>meta.source</c>):
/// an imported event replaces the stored event of the same id, a stored event the import does not carry is kept, a new
/// one is added; nothing is duplicated. The imported record's patient-level values win where it has them. Events that
/// two sources record separately (two ids for one course) are not reconciled here; the record rules
/// (<see cref="PatientValidator"/>) still apply to the merged record.</remarks>
public static class PatientMerger
{
    /// <summary>The merged record.</summary>
    public static Patient Merge(Patient stored, Patient imported)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(imported);
        return new Patient(imported.Id, imported.Document, MergedEvents(stored.Events, imported.Events))
        {
            Label = imported.Label ?? stored.Label,
            Sex = imported.Sex == Sex.Unknown ? stored.Sex : imported.Sex,
            Smoking = imported.Smoking == SmokingStatus.Unknown ? stored.Smoking : imported.Smoking,
            Age = imported.Age ?? stored.Age,
            FollowUpEnd = imported.FollowUpEnd ?? stored.FollowUpEnd,
            DateConvention = imported.DateConvention ?? stored.DateConvention,
            // A note's event list compares by reference in the record's own equality, so the key spells it out: the
            // same note from the same import is kept once however often the import is repeated.
            Notes = [.. stored.Notes.Concat(imported.Notes).DistinctBy(n => (n.Topic, n.Text, n.Source, string.Join('\u001f', n.EventIds)))],
        };
    }

    // A replaced event keeps its place and new events follow in the import's order, so merging the same import again
    // gives the same record, event for event and in the same order (a repeat import writes nothing).
    private static IEnumerable<ClinicalEvent> MergedEvents(IReadOnlyList<ClinicalEvent> stored, IReadOnlyList<ClinicalEvent> imported)
    {
        var byId = new Dictionary<string, ClinicalEvent>(StringComparer.Ordinal);
        foreach (ClinicalEvent e in imported)
        {
            byId[e.Id] = e;
        }

        var storedIds = stored.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        return stored.Select(e => byId.GetValueOrDefault(e.Id, e)).Concat(imported.Where(e => !storedIds.Contains(e.Id)));
    }
}
