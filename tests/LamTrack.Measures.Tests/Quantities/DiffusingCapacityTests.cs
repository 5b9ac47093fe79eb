using LamTrack.Measures.Quantities;
using LamTrack.Testing;

namespace LamTrack.Measures.Tests.Quantities;

public sealed class DiffusingCapacityTests
{
    [Fact]
    public void ToMillilitresPerMinutePerMillimetreOfMercury_UsesStpdMolarVolume()
    {
        // Case 2: DLCO 4.70 mmol/kPa/min; factor 22.414 / (760/101.325) = 2.988289
        DiffusingCapacity dlco = DiffusingCapacity.FromMillimolesPerMinutePerKilopascal(4.70);
        Tolerance.AssertClose(4.70 * 2.988289, dlco.ToMillilitresPerMinutePerMillimetreOfMercury(), 1e-6);
    }

    [Fact]
    public void FromMillilitresPerMinutePerMillimetreOfMercury_RoundTrips() =>
        Tolerance.AssertClose(25.0, DiffusingCapacity.FromMillilitresPerMinutePerMillimetreOfMercury(25.0).ToMillilitresPerMinutePerMillimetreOfMercury(), 1e-14);
}
