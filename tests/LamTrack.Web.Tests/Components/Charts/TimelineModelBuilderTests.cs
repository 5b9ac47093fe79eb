using System.Text.Json.Nodes;
using LamTrack.Domain.Patients;
using LamTrack.Testing;
using LamTrack.Web.Components.Charts;
using NodaTime;

namespace LamTrack.Web.Tests.Components.Charts;

public sealed class TimelineModelBuilderTests
{
    private static readonly LocalDate s_today = new(2018, 1, 31);

    private static TimelineModel Case(int number) =>
        TimelineModelBuilder.Build(CaseSeriesData.LoadAll()[number - 1], s_today);

    [Fact]
    public void Build_Case4_CensoredTroughAboveLimitIsDrawnAtItsLimitAsCensored()
    {
        TimelineItem trough = Case(4).Items.Single(i => i.Id == "c4-tr2");

        Assert.Equal(TimelineMarker.AboveLimit, trough.Marker);
        Assert.Equal(15, trough.Level);
        Assert.Contains("> 15", trough.Label, StringComparison.Ordinal);
        Assert.Contains("censored", string.Join(" ", trough.Details), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ChangedTroughValue_ChangesThePlottedLevelAndMarker()
    {
        JsonObject json = CaseSeriesData.Json(4);
        CaseSeriesData.Event(json, "c4-tr2")["result"] = new JsonObject { ["value"] = 9.5, ["unit"] = "ng/mL" };
        Patient edited = CaseSeriesData.Parse(json);

        TimelineItem trough = TimelineModelBuilder.Build(edited, s_today).Items.Single(i => i.Id == "c4-tr2");

        Assert.Equal(TimelineMarker.Level, trough.Marker);
        Assert.Equal(9.5, trough.Level);
    }

    [Fact]
    public void Build_Case4_DoseChangesAreDiamondsOnTheSirolimusLane()
    {
        TimelineItem[] changes = [.. Case(4).Items.Where(i => i.Marker == TimelineMarker.Diamond)];

        Assert.Equal(["c4-dose-1mg", "c4-dose-2mg"], changes.Select(c => c.Id));
        Assert.All(changes, c => Assert.Equal(TimelineLane.Sirolimus, c.Lane));
        Assert.Contains("1 mg/d", changes[0].Label, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Case2_BilateralEpisodeStatesBothCompressions()
    {
        TimelineItem episode = Case(2).Items.Single(i => i.Id == "c2-ptx1");

        Assert.Equal(TimelineLane.Pneumothorax, episode.Lane);
        Assert.Equal("side-bilateral", episode.Variant);
        Assert.Contains("left 50 %", episode.Label, StringComparison.Ordinal);
        Assert.Contains("right 80 %", episode.Label, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_CoMedicationWithKnownInteractionClass_CarriesTheClass()
    {
        Patient patient = CaseSeriesData.LoadAll()[3];
        var classes = new Dictionary<string, string> { ["c4-atb1"] = "strong CYP3A4 inducer" };

        TimelineModel model = TimelineModelBuilder.Build(patient, s_today, classes);

        TimelineItem known = model.Items.Single(i => i.Id == "c4-atb1");
        TimelineItem unknown = model.Items.Single(i => i.Id == "c4-atb2");
        Assert.Equal("interaction-strong-cyp3a4-inducer", known.Variant);
        Assert.Contains("interaction class: strong CYP3A4 inducer", known.Details);
        Assert.Equal("interaction-unknown", unknown.Variant);
    }

    [Fact]
    public void Build_EveryItem_HasItsSourceAndRecordedDate()
    {
        TimelineModel model = Case(1);

        Assert.NotEmpty(model.Items);
        Assert.All(model.Items, i => Assert.False(string.IsNullOrEmpty(i.Source), i.Id));
        Assert.All(model.Items, i => Assert.False(string.IsNullOrEmpty(i.DateText), i.Id));
        Assert.Contains(model.Items, i => i.Source.Contains("Case 1", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_OpenCourse_RunsToTheEndOfFollowUp()
    {
        Patient patient = CaseSeriesData.LoadAll()[0];
        TimelineModel model = TimelineModelBuilder.Build(patient, s_today);

        TimelineItem course = model.Items.Single(i => i.Lane == TimelineLane.Sirolimus && i.Marker == TimelineMarker.Bar);

        Assert.Equal(patient.FollowUpEnd?.Midpoint ?? s_today, course.End);
        Assert.True(model.Start < model.Items.Min(i => i.Start));
        Assert.True(model.End > course.End);
    }
}
