using LamTrack.Storage.Auditing;

namespace LamTrack.Storage.Integrity;

/// <summary>The outcome of <see cref="StoreCheck"/>: every finding, what was checked, and the audit chain's state.</summary>
/// <param name="Findings">Every problem found, database first, then foreign keys, the audit chain and the patients.</param>
/// <param name="Notes">What was checked and what could not be.</param>
/// <param name="Audit">The audit chain verification.</param>
/// <param name="PatientsChecked">How many stored patients the domain rules were run over.</param>
public sealed record StoreCheckReport(IReadOnlyList<StoreFinding> Findings, IReadOnlyList<string> Notes, AuditChainReport Audit, int PatientsChecked)
{
    /// <summary>Whether nothing was found.</summary>
    public bool IsClean => Findings.Count == 0;
}
