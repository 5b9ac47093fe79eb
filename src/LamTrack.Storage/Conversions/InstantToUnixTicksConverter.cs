using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace LamTrack.Storage.Conversions;

/// <summary>Stores a NodaTime <see cref="Instant"/> as a 64-bit count of 100 ns ticks since 1970-01-01T00:00Z.</summary>
/// <remarks>
/// Ticks cover NodaTime's whole range (years −9998 to 9999) in a <c>long</c> and sort in time order on
/// every provider. The one loss is below 100 ns, which no clinical timestamp carries. The same column type
/// on SQLite and PostgreSQL keeps the two migration sets identical column for column.
/// </remarks>
public sealed class InstantToUnixTicksConverter : ValueConverter<Instant, long>
{
    /// <summary>Creates the converter.</summary>
    public InstantToUnixTicksConverter()
        : base(instant => instant.ToUnixTimeTicks(), ticks => Instant.FromUnixTimeTicks(ticks))
    {
    }
}
