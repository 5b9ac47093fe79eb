using LamTrack.Application.Ports;
using LamTrack.Application.Problems;

namespace LamTrack.Application.Stores;

/// <summary>A store's check, or the problem that kept it from running.</summary>
/// <param name="Summary">What the check found; null when the store could not be opened.</param>
/// <param name="Problems">The problem opening the store (<c>STORE-…</c>); empty when the check ran.</param>
public sealed record StoreCheckOutcome(StoreCheckSummary? Summary, IReadOnlyList<Problem> Problems);
