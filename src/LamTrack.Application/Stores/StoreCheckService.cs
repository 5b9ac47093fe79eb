using LamTrack.Application.Ports;
using LamTrack.Application.Problems;

namespace LamTrack.Application.Stores;

/// <summary>Checks a store read-only (the use case behind <c>lamtrack check</c>): its own integrity and foreign keys,
/// the audit chain, and the domain rules over every stored patient.</summary>
/// <remarks>A store that cannot be opened comes back as its <c>STORE-…</c> problem; nothing is thrown for it.</remarks>
public sealed class StoreCheckService(IStoreAdministration administration)
{
    /// <summary>Checks the store <paramref name="connection"/> names (null for the configured default).</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<StoreCheckOutcome> CheckAsync(string? connection, CancellationToken cancellationToken = default)
    {
        try
        {
            return new StoreCheckOutcome(await administration.CheckAsync(connection, cancellationToken).ConfigureAwait(false), []);
        }
        catch (ProblemException ex)
        {
            return new StoreCheckOutcome(null, [ex.Problem]);
        }
    }

    /// <summary>Verifies the audit chain of the store <paramref name="connection"/> names (the use case behind <c>lamtrack audit verify</c>).</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<AuditVerificationOutcome> VerifyAuditAsync(string? connection, CancellationToken cancellationToken = default)
    {
        try
        {
            return new AuditVerificationOutcome(await administration.VerifyAuditAsync(connection, cancellationToken).ConfigureAwait(false), []);
        }
        catch (ProblemException ex)
        {
            return new AuditVerificationOutcome(null, [ex.Problem]);
        }
    }
}
