using System.Collections.Concurrent;
using NodaTime;

namespace LamTrack.Web.Identity;

/// <summary>The accounts whose session stamp was read from the database in the last <see cref="Lifetime"/> and found
/// current, so that <see cref="SessionRevocation"/> reads the database once per account and interval rather than on
/// every request.</summary>
/// <remarks>
/// Only a current session is remembered. A disable or a new password in this process forgets the account at once
/// (<see cref="UserAdministration.DisableAsync"/>), so its next request reads the new stamp; one made elsewhere (the
/// command line, another server instance) ends the session within <see cref="Lifetime"/>. Reading the stamp on every
/// request cost a primary-key query per API call.
/// </remarks>
/// <param name="clock">The clock the entries age by.</param>
public sealed class SessionStampCache(IClock clock)
{
    /// <summary>How long a stamp read from the database is trusted.</summary>
    public static readonly Duration Lifetime = Duration.FromSeconds(5);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="stamp"/> was read as the current stamp of <paramref name="userId"/> less than
    /// <see cref="Lifetime"/> ago.</summary>
    public bool IsKnownCurrent(string userId, string stamp) =>
        _entries.TryGetValue(userId, out Entry entry) && string.Equals(entry.Stamp, stamp, StringComparison.Ordinal)
        && clock.GetCurrentInstant() - entry.ReadAt < Lifetime;

    /// <summary>Records that <paramref name="stamp"/> is the current stamp of <paramref name="userId"/>, as read now.</summary>
    public void Remember(string userId, string stamp) => _entries[userId] = new Entry(stamp, clock.GetCurrentInstant());

    /// <summary>Drops what is known of <paramref name="userId"/>, so that its next request reads the database.</summary>
    public void Forget(string userId) => _entries.TryRemove(userId, out _);

    private readonly record struct Entry(string Stamp, Instant ReadAt);
}
