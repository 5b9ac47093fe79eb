using LamTrack.Application.Problems;

namespace LamTrack.Application.Records;

/// <summary>What an edit of a stored patient did.</summary>
/// <param name="PatientId">The patient edited.</param>
/// <param name="Version">The new stored version; null when nothing was written.</param>
/// <param name="Problems">Why nothing was written: a conflict (<c>STORE-001</c>), an unknown patient or course
/// (<c>APP-002</c>, <c>APP-003</c>), an edit that makes the record inconsistent (<c>DOM-…</c>).</param>
public sealed record RecordSaved(string PatientId, int? Version, IReadOnlyList<Problem> Problems)
{
    /// <summary>Whether the edit was written.</summary>
    public bool Saved => Version is not null;
}
