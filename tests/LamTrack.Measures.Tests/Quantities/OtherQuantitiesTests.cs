using LamTrack.Measures.Quantities;
using LamTrack.Testing;

namespace LamTrack.Measures.Tests.Quantities;

public sealed class OtherQuantitiesTests
{
    [Fact]
    public void Volume_FromMillilitres_ConvertsToLitres() => Tolerance.AssertClose(0.05, Volume.FromMillilitres(50).ToLitres(), 1e-15);

    [Fact]
    public void PercentPredicted_Above300_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => PercentPredicted.FromPercent(301));

    [Fact]
    public void Proportion_FromFraction_IsPercent() => Tolerance.AssertClose(84.1, Proportion.FromFraction(0.841).ToPercent(), 1e-14);

    [Fact]
    public void Dose_FromMicrograms_ConvertsToMilligrams() => Tolerance.AssertClose(0.5, Dose.FromMicrograms(500).ToMilligrams(), 1e-15);

    [Fact]
    public void DailyDose_Negative_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => DailyDose.FromMilligramsPerDay(-1));

    [Fact]
    public void BodyMass_FromGrams_BirthWeight() => Tolerance.AssertClose(1.72, BodyMass.FromGrams(1720).ToKilograms(), 1e-15);

    [Fact]
    public void Distance_FromKilometres_ConvertsToMetres() => Tolerance.AssertClose(480, Distance.FromKilometres(0.48).ToMetres(), 1e-15);

    [Fact]
    public void Length_FromMillimetres_ConvertsToCentimetres() => Tolerance.AssertClose(3.0, Length.FromMillimetres(30).ToCentimetres(), 1e-15);

    [Fact]
    public void GestationalAge_Above45Weeks_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => GestationalAge.FromWeeks(46));

    [Fact]
    public void Age_Above130_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => Age.FromYears(131));
}
