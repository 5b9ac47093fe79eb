using LamTrack.Fhir.Mapping.Ehr;

namespace LamTrack.Fhir.Tests.Mapping.Ehr;

public sealed class DoseTextTests
{
    [Theory]
    [InlineData("2 mg daily", 2.0)] // the commonest sirolimus order
    [InlineData("1 mg twice a day", 2.0)] // split dose
    [InlineData("0.5 mg BID", 1.0)] // abbreviation, upper case
    [InlineData("1 mg b.i.d.", 2.0)] // abbreviation with dots
    [InlineData("2 mg by mouth once daily", 2.0)] // route between dose and frequency
    [InlineData("3mg q24h", 3.0)] // no space, interval form
    [InlineData("1 mg every other day", 0.5)] // alternate days
    [InlineData("1 mg three times a day", 3.0)] // three times
    public void MilligramsPerDay_CommonForms_GivesDailyDose(string text, double expected) =>
        Assert.Equal((decimal)expected, DoseText.MilligramsPerDay(text));

    [Theory]
    [InlineData("2 mg as directed")] // no frequency
    [InlineData("take 2 tablets daily")] // no mg dose
    [InlineData("2 mL daily")] // volume, not mass
    [InlineData(null)] // nothing sent
    public void MilligramsPerDay_UnreadableForms_GivesNull(string? text) =>
        Assert.Null(DoseText.MilligramsPerDay(text));
}
