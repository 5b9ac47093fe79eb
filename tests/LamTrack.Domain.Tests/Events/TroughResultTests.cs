using LamTrack.Domain.Events;
using LamTrack.Measures.Units;

namespace LamTrack.Domain.Tests.Events;

public sealed class TroughResultTests
{
    [Fact]
    public void Above_Case4Toxicity_PrintsGreaterThan() =>
        Assert.Equal("> 15 ng/mL", TroughResult.Above(Measurement.Create(15, "ng/mL")).ToString());

    [Fact]
    public void Measured_KeepsRecordedValueAndUnit()
    {
        TroughResult r = TroughResult.Measured(Measurement.Create(5.28m, "ug/L"));
        Assert.Equal(5.28m, r.Recorded!.Value);
        Assert.Equal("ug/L", r.Recorded.Unit.Code);
        Assert.Equal(5.28, r.Value!.Value.ToNanogramsPerMillilitre(), 12);
    }

    [Fact]
    public void Measured_WrongDimension_Throws() =>
        Assert.Throws<InvalidOperationException>(() => TroughResult.Measured(Measurement.Create(5, "mm[Hg]")));

    [Fact]
    public void Undetectable_WithoutLimit_BestEstimateIsZero() =>
        Assert.Equal(0, TroughResult.Undetectable(null).BestEstimate.ToNanogramsPerMillilitre());
}
