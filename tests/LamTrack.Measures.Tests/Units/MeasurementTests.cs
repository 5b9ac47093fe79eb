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

    [Theory]
    [InlineData("100000000000000", "ng/mL")] // past the largest mass concentration, 10^12 ng/mL
    [InlineData("100000", "L")] // past the largest volume
    [InlineData("100000", "mm[Hg]")] // past the largest partial pressure
    public void OutOfRangeReason_ValuePastItsQuantity_SaysWhy(string value, string unit)
    {
        string? reason = Measurement.Create(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), unit).OutOfRangeReason();
        Assert.False(string.IsNullOrEmpty(reason));
        Assert.DoesNotContain("(Parameter", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("7.5", "ng/mL")]
    [InlineData("2.1", "L")]
    [InlineData("85", "%")] // a dimension with no typed quantity
    public void OutOfRangeReason_ValueItsQuantityHolds_IsNull(string value, string unit) =>
        Assert.Null(Measurement.Create(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), unit).OutOfRangeReason());
}
