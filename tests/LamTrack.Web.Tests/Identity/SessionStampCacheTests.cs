using LamTrack.Web.Identity;
using NodaTime;
using NodaTime.Testing;

namespace LamTrack.Web.Tests.Identity;

public sealed class SessionStampCacheTests
{
    private readonly FakeClock _clock = new(Instant.FromUtc(2026, 12, 2, 9, 0));

    [Fact]
    public void IsKnownCurrent_RememberedStampWithinLifetime_IsTrue()
    {
        var cache = new SessionStampCache(_clock);
        cache.Remember("u1", "stamp-a");
        _clock.Advance(SessionStampCache.Lifetime - Duration.FromMilliseconds(1));

        Assert.True(cache.IsKnownCurrent("u1", "stamp-a"));
    }

    [Fact]
    public void IsKnownCurrent_LifetimePassed_IsFalseSoTheDatabaseIsReadAgain()
    {
        var cache = new SessionStampCache(_clock);
        cache.Remember("u1", "stamp-a");
        _clock.Advance(SessionStampCache.Lifetime);

        Assert.False(cache.IsKnownCurrent("u1", "stamp-a"));
    }

    [Fact]
    public void IsKnownCurrent_OtherStampOrOtherAccount_IsFalse()
    {
        var cache = new SessionStampCache(_clock);
        cache.Remember("u1", "stamp-a");

        Assert.False(cache.IsKnownCurrent("u1", "stamp-b"));
        Assert.False(cache.IsKnownCurrent("u2", "stamp-a"));
    }

    [Fact]
    public void Forget_RememberedAccount_IsNoLongerKnown()
    {
        var cache = new SessionStampCache(_clock);
        cache.Remember("u1", "stamp-a");

        cache.Forget("u1");

        Assert.False(cache.IsKnownCurrent("u1", "stamp-a"));
    }
}
