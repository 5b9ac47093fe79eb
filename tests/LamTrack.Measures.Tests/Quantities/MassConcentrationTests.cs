using LamTrack.Measures.Quantities;
using LamTrack.Testing;

namespace LamTrack.Measures.Tests.Quantities;

public sealed class MassConcentrationTests
{
    [Theory]
    [InlineData(-0.01)] // a negative level is not a measurement
    [InlineData(double.NaN)] // arithmetic accident upstream
    [InlineData(double.PositiveInfinity)] // arithmetic accident upstream
    public void FromNanogramsPerMillilitre_InvalidValue_Throws(double value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MassConcentration.FromNanogramsPerMillilitre(value));

    [Fact]
    public void FromPicogramsPerMillilitre_Vegfd_ConvertsToNanograms()
    {
        MassConcentration vegfd = MassConcentration.FromPicogramsPerMillilitre(6608);
        Tolerance.AssertClose(6.608, vegfd.ToNanogramsPerMillilitre(), 1e-15);
        Tolerance.AssertClose(6608, vegfd.ToPicogramsPerMillilitre(), 1e-15);
    }

    [Fact]
    public void FromMicrogramsPerLitre_SameAsNanogramsPerMillilitre() =>
        Assert.Equal(MassConcentration.FromNanogramsPerMillilitre(5.28), MassConcentration.FromMicrogramsPerLitre(5.28));

    [Fact]
    public void Equality_ValueSemantics() =>
        ValueSemantics.AssertValueSemantics(
            MassConcentration.FromNanogramsPerMillilitre(3),
            MassConcentration.FromMicrogramsPerLitre(3),
            MassConcentration.FromNanogramsPerMillilitre(10));
}
