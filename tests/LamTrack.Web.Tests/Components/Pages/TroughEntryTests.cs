using LamTrack.Testing;
using LamTrack.Web.Components.Pages.Dosing;

namespace LamTrack.Web.Tests.Components.Pages;

public sealed class TroughEntryTests
{
    [Fact]
    public void ToFormValues_MeasuredLevel_WritesTheDayTheValueAndTheTimesInTheNote()
    {
        var entry = new TroughEntry { Value = "6.4", DrawnAt = "2018-01-10T07:45", LastDoseAt = "2018-01-09T08:00" };

        Dictionary<string, string?> values = entry.ToFormValues("tr-x");

        Assert.Equal("2018-01-10", values["date"]);
        Assert.Equal("6.4", values["result.value"]);
        Assert.Null(values["result.limit"]);
        Assert.Equal("drawn at 07:45; last dose 2018-01-09 08:00, 23.8 h before", values["note"]);
        Assert.Equal(23.75, entry.HoursSinceLastDose);
    }

    [Fact]
    public void ToFormValues_CensoredLevel_WritesTheLimitNotTheValue()
    {
        var entry = new TroughEntry { Censoring = "above", Value = "9", Limit = "15", DrawnAt = "2018-01-10T07:45" };

        Dictionary<string, string?> values = entry.ToFormValues("tr-x");

        Assert.Equal("above", values["result.censoring"]);
        Assert.Equal("15", values["result.limit"]);
        Assert.Null(values["result.value"]);
        Assert.Equal("drawn at 07:45", values["note"]);
    }

    [Fact]
    public void NewId_IdTaken_AddsASuffix()
    {
        var entry = new TroughEntry { DrawnAt = "2018-01-10T07:45" };
        var patient = CaseSeriesData.LoadAll()[4];

        Assert.Equal("tr-20180110-0745", entry.NewId(patient));
        Assert.Equal("c5-tr1-2", EventIds.Unused(patient, "c5-tr1"));
    }
}
