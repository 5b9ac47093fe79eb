using LamTrack.Measures.Units;
using LamTrack.Testing;

namespace LamTrack.Measures.Tests.Units;

public sealed class MeasurementTests
{
    [Fact]
    public void Create_UnknownUnit_Throws() => Assert.Throws<ArgumentException>(() => Measurement.Create(5, "ng/dL"));

    [Fact]
    public void Create_Alias_NormalisesToUcum() => Assert.Equal("mm[Hg]", Measurement.Create(51, "mmHg").Unit.Code);

    [Fact]
    public void ToMassConcentration_PicogramsPerMillilitre_Converts() =>
        Tolerance.AssertClose(2.68588, Measurement.Create(2685.88m, "pg/mL").ToMassConcentration().ToNanogramsPerMillilitre(), 1e-14);

    [Fact]
    public void ToMassConcentration_PressureUnit_ThrowsDimensionMismatch() =>
        Assert.Throws<InvalidOperationException>(() => Measurement.Create(51, "mm[Hg]").ToMassConcentration());

    [Fact]
    public void ToPartialPressure_Kilopascals_Converts() =>
        Tolerance.AssertClose(51 * 760 / 101.325, Measurement.Create(51, "kPa").ToPartialPressure().ToMillimetresOfMercury(), 1e-14);

    [Fact]
    public void Value_KeepsDecimalAsWritten() => Assert.Equal("2685.88 pg/mL", Measurement.Create(2685.88m, "pg/mL").ToString());
}
