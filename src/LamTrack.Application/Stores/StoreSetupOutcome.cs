using LamTrack.Application.Ports;
using LamTrack.Application.Problems;

namespace LamTrack.Application.Stores;

/// <summary>The store made ready, or the problem that kept it from being created or migrated.</summary>
/// <param name="Ready">The store, created and fully migrated; null on failure.</param>
/// <param name="Problems">The problems (<c>STORE-…</c>); empty on success.</param>
public sealed record StoreSetupOutcome(StoreReady? Ready, IReadOnlyList<Problem> Problems);
