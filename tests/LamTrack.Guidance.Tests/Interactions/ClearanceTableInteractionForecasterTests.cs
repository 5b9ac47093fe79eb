using LamTrack.Guidance.Catalogue;
using LamTrack.Guidance.Interactions;
using LamTrack.Measures.Quantities;
using LamTrack.Pharmacokinetics.Interactions;
using LamTrack.Testing;
using NodaTime;

namespace LamTrack.Guidance.Tests.Interactions;

public sealed class ClearanceTableInteractionForecasterTests
{
    private static readonly ClearanceTableInteractionForecaster s_forecaster = new(InteractionTable.ReadFile(Path.Combine(RepositoryRoot(), "models", "interactions.json")));

    private static InteractionForecastRequest Request(string drug, InteractionChange change, double? lastTrough) =>
        new("p", PerpetratorCatalogue.LoadShipped().Find(drug)!, change, new LocalDate(2019, 3, 1), DailyDose.FromMilligramsPerDay(2),
            lastTrough is { } t ? MassConcentration.FromNanogramsPerMillilitre(t) : null, null);

    [Fact]
    public void Forecast_RifampicinStarted_TroughFallsToAFifth()
    {
        // Tortorici 2013: CL/F about 5-fold; at steady state the trough scales with 1/CL.
        InteractionForecast f = s_forecaster.Forecast(Request("rifampin", InteractionChange.Started, 6)).Forecast!;
        Tolerance.AssertClose(0.2, f.TroughFoldChange, 1e-12);
        Tolerance.AssertClose(1.2, f.ExpectedTrough!.Value.ToNanogramsPerMillilitre(), 1e-12);
        Assert.Equal(9, f.DaysToNewSteadyState); // 3 x 72 h onset time constant
        Assert.Equal(VerificationTag.Unverified, f.Source.Tag); // the time constants are unverified
    }

    [Fact]
    public void Forecast_RifampicinStopped_TroughRisesFivefold()
    {
        InteractionForecast f = s_forecaster.Forecast(Request("rifampicin", InteractionChange.Stopped, null)).Forecast!;
        Tolerance.AssertClose(5.0, f.TroughFoldChange, 1e-12);
        Assert.Null(f.ExpectedTrough);
        Assert.Equal(21, f.DaysToNewSteadyState); // 3 x 168 h offset time constant
    }

    [Fact]
    public void Forecast_DrugNotInTheTable_SaysWhy()
    {
        InteractionForecastOutcome outcome = s_forecaster.Forecast(Request("anti-tuberculosis therapy", InteractionChange.Started, 6));
        Assert.Null(outcome.Forecast);
        Assert.Contains("no clearance fold for 'anti-tuberculosis therapy'", outcome.UnavailableReason, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LamTrack.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
