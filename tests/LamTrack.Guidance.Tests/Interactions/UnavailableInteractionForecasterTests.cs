using LamTrack.Guidance.Interactions;
using LamTrack.Measures.Quantities;
using NodaTime;

namespace LamTrack.Guidance.Tests.Interactions;

public sealed class UnavailableInteractionForecasterTests
{
    [Fact]
    public void Forecast_AnyRequest_SaysNoForecastIsAvailable()
    {
        Perpetrator rifampicin = PerpetratorCatalogue.LoadShipped().Find("rifampicin")!;
        var request = new InteractionForecastRequest("case-4", rifampicin, InteractionChange.Started, new LocalDate(2015, 1, 1), DailyDose.FromMilligramsPerDay(2), null, null);
        InteractionForecastOutcome outcome = new UnavailableInteractionForecaster().Forecast(request);
        Assert.Null(outcome.Forecast);
        Assert.Equal(UnavailableInteractionForecaster.Reason, outcome.UnavailableReason);
    }

    [Theory]
    [InlineData(0.0)] // a fold change of zero is not a forecast
    [InlineData(-0.5)] // negative
    [InlineData(double.PositiveInfinity)] // not finite
    public void Available_BadFoldChange_Throws(double fold)
    {
        var forecast = new InteractionForecast(fold, null, 14, "test", TestCitations.Any);
        Assert.Throws<ArgumentException>(() => InteractionForecastOutcome.Available(forecast));
    }
}
