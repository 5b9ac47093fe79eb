using LamTrack.Application.Ports;
using LamTrack.Application.Problems;

namespace LamTrack.Application.Stores;

/// <summary>An audit chain's verification, or the problem that kept it from running.</summary>
/// <param name="Verification">The chain's state; null when the store could not be opened.</param>
/// <param name="Problems">The problem opening the store (<c>STORE-…</c>); empty when the verification ran.</param>
public sealed record AuditVerificationOutcome(AuditVerification? Verification, IReadOnlyList<Problem> Problems);
