using System.Text.Json.Nodes;
using LamTrack.Domain.Patients;
using LamTrack.Testing;
using LamTrack.Web.Components.Charts;
using LamTrack.Web.Components.Pages.Records;
using NodaTime;

namespace LamTrack.Web.Tests.Components.Pages;

public sealed class TrendSeriesBuilderTests
{
    // Case 3 starts sirolimus in 2015-07; her one recorded PFT is replaced by two FEV1 measurements before it and two on it.
    private static Patient Case3WithFev1(double lastOnTherapy)
    {
        JsonObject json = CaseSeriesData.Json(3);
        JsonArray events = json["events"]!.AsArray();
        events.Remove(CaseSeriesData.Event(json, "c3-pft"));
        events.Add(Pft("t-pft-1", "2014-09-01", 2.40));
        events.Add(Pft("t-pft-2", "2015-03-01", 2.30));
        events.Add(Pft("t-pft-3", "2016-01-01", 2.25));
        events.Add(Pft("t-pft-4", "2017-01-01", lastOnTherapy));
        return CaseSeriesData.Parse(json);
    }

    private static JsonObject Pft(string id, string date, double fev1) => new()
    {
        ["type"] = "pft",
        ["id"] = id,
        ["date"] = new JsonObject { ["value"] = date },
        ["values"] = new JsonArray(new JsonObject { ["measure"] = "fev1", ["value"] = new JsonObject { ["value"] = fev1, ["unit"] = "L" } }),
        ["source"] = "test",
    };

    [Fact]
    public void Build_Fev1BeforeAndOnTherapy_HasOneFitForEachPeriodWithItsSlope()
    {
        TrendSeries fev1 = TrendSeriesBuilder.Build(Case3WithFev1(2.35)).Single(s => s.Name == "FEV1");

        Assert.Equal(["before sirolimus", "on sirolimus"], fev1.Fits.Select(f => f.Label));
        TrendFit before = fev1.Fits[0];
        Assert.Equal(new LocalDate(2014, 9, 1), before.From);
        Assert.Equal(2.40, before.FromValue, 6);
        Assert.Equal(2.30, before.ToValue, 6);
        Assert.StartsWith("−20", before.SlopeText, StringComparison.Ordinal); // −100 mL over 181 days ≈ −202 mL/year
        Assert.StartsWith("+", fev1.Fits[1].SlopeText, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_LowerLastValueOnTherapy_TurnsTheOnTherapySlopeNegative()
    {
        TrendSeries fev1 = TrendSeriesBuilder.Build(Case3WithFev1(2.05)).Single(s => s.Name == "FEV1");

        TrendFit on = fev1.Fits.Single(f => f.Label == "on sirolimus");
        Assert.StartsWith("−200 mL/year", on.SlopeText, StringComparison.Ordinal);
        Assert.Equal(2.05, on.ToValue, 6);
    }

    [Fact]
    public void Build_OneMeasurementPerPeriod_HasNoFit()
    {
        TrendSeries fvc = TrendSeriesBuilder.Build(CaseSeriesData.LoadAll()[2]).Single(s => s.Name == "FVC");

        Assert.Single(fvc.Points);
        Assert.Empty(fvc.Fits);
    }
}
