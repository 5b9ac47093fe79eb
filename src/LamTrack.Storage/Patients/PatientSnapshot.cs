namespace LamTrack.Storage.Patients;

/// <summary>A patient's whole timeline as the store reads and writes it.</summary>
/// <param name="Identifier">The patient identifier; unique in the store, at most 128 characters.</param>
/// <param name="DetailsJson">The patient-level details as a JSON document, stored verbatim.</param>
/// <param name="Events">The timeline, in order.</param>
public sealed record PatientSnapshot(string Identifier, string DetailsJson, IReadOnlyList<EventSnapshot> Events)
{
    /// <summary>True when both snapshots hold the same identifier, details and events in the same order.</summary>
    /// <remarks>Record equality compares the event list by reference; this compares it item by item.</remarks>
    public bool HasSameContentAs(PatientSnapshot other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Identifier == other.Identifier && DetailsJson == other.DetailsJson && Events.SequenceEqual(other.Events);
    }
}
