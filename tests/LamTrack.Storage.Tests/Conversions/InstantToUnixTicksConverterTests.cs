using LamTrack.Storage.Conversions;
using NodaTime;

namespace LamTrack.Storage.Tests.Conversions;

public sealed class InstantToUnixTicksConverterTests
{
    public static TheoryData<Instant> Instants() => new()
    {
        Instant.FromUnixTimeTicks(0), // the epoch itself
        Instant.FromUtc(2012, 6, 14, 9, 30, 15).PlusTicks(1234567), // a dose time with sub-second ticks
        Instant.FromUnixTimeTicks(-1), // one tick before the epoch
        Instant.MinValue, // the earliest NodaTime instant still fits in ticks
        Instant.FromUtc(9999, 12, 31, 23, 59, 59), // the last second NodaTime represents
    };

    [Theory]
    [MemberData(nameof(Instants))]
    public void RoundTrip_WholeTicks_IsExact(Instant instant)
    {
        var converter = new InstantToUnixTicksConverter();
        Instant whole = Instant.FromUnixTimeTicks(instant.ToUnixTimeTicks());

        var back = (Instant)converter.ConvertFromProvider(converter.ConvertToProvider(whole)!)!;

        Assert.Equal(whole, back);
    }

    [Fact]
    public void ConvertToProvider_LaterInstant_GivesLargerNumber()
    {
        var converter = new InstantToUnixTicksConverter();
        Instant earlier = Instant.FromUtc(2010, 1, 1, 0, 0);

        Assert.True((long)converter.ConvertToProvider(earlier.PlusTicks(1))! > (long)converter.ConvertToProvider(earlier)!);
    }
}
