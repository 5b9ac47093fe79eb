using LamTrack.Domain.Patients;
using LamTrack.PatientFiles;
using LamTrack.Storage.Errors;
using LamTrack.Storage.Patients;
using LamTrack.Storage.Tests.Support;
using LamTrack.Storage.Timelines;

namespace LamTrack.Storage.Tests.Timelines;

public sealed class PatientTimelineMapperTests
{
    [Fact]
    public void ToPatient_SnapshotOfEachPublishedCase_GivesThePatientBack()
    {
        foreach (Patient patient in CaseSeries.Load())
        {
            Patient back = PatientTimelineMapper.ToPatient(PatientTimelineMapper.ToSnapshot(patient));

            Assert.Equal(PatientFileWriter.ToJson(patient), PatientFileWriter.ToJson(back));
        }
    }

    [Fact]
    public void ToSnapshot_PublishedCase_HasOneRowPerEventWithDatePrecisionAndSource()
    {
        Patient patient = CaseSeries.Load()[0];

        PatientSnapshot snapshot = PatientTimelineMapper.ToSnapshot(patient);

        Assert.Equal(patient.Id, snapshot.Identifier);
        Assert.Equal(patient.Events.Count, snapshot.Events.Count);
        for (int i = 0; i < patient.Events.Count; i++)
        {
            Assert.Equal(patient.Events[i].Date.Earliest, snapshot.Events[i].OccurredOn);
            Assert.Equal(patient.Events[i].Date.Precision.ToString(), snapshot.Events[i].DatePrecision);
            Assert.Contains(patient.Events[i].Source.Locator, snapshot.Events[i].Provenance, StringComparison.Ordinal);
        }

        Assert.False(System.Text.Json.Nodes.JsonNode.Parse(snapshot.DetailsJson)!.AsObject().ContainsKey("events"));
    }

    [Fact]
    public void ToPatient_PayloadNoLongerValid_ThrowsStore006NamingThePatient()
    {
        PatientSnapshot snapshot = PatientTimelineMapper.ToSnapshot(CaseSeries.Load()[0]);
        PatientSnapshot broken = snapshot with { Events = [snapshot.Events[0] with { PayloadJson = """{"type":"no-such-event"}""" }] };

        var ex = Assert.Throws<StorageException>(() => PatientTimelineMapper.ToPatient(broken));

        Assert.Equal(StorageIssues.UnreadableRecord, ex.Code);
        Assert.Contains(snapshot.Identifier, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToPatient_PayloadNotJson_ThrowsStore006NamingThePatient()
    {
        PatientSnapshot snapshot = PatientTimelineMapper.ToSnapshot(CaseSeries.Load()[0]);
        PatientSnapshot broken = snapshot with { Events = [.. snapshot.Events.Take(2), snapshot.Events[2] with { PayloadJson = """{"type":"trough",""" }] };

        var ex = Assert.Throws<StorageException>(() => PatientTimelineMapper.ToPatient(broken));

        Assert.Equal(StorageIssues.UnreadableRecord, ex.Code);
        Assert.Contains(snapshot.Identifier, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToPatient_OneRowHoldingTwoEvents_ThrowsStore006()
    {
        PatientSnapshot snapshot = PatientTimelineMapper.ToSnapshot(CaseSeries.Load()[0]);
        EventSnapshot merged = snapshot.Events[0] with { PayloadJson = snapshot.Events[0].PayloadJson + "," + snapshot.Events[1].PayloadJson };
        PatientSnapshot broken = snapshot with { Events = [merged, .. snapshot.Events.Skip(2)] };

        var ex = Assert.Throws<StorageException>(() => PatientTimelineMapper.ToPatient(broken));

        Assert.Equal(StorageIssues.UnreadableRecord, ex.Code);
    }

    [Fact]
    public void ToPatient_RowsOfAnotherPatient_ThrowsStore006NamingBoth()
    {
        IReadOnlyList<Patient> cases = CaseSeries.Load();
        PatientSnapshot other = PatientTimelineMapper.ToSnapshot(cases[1]);
        PatientSnapshot mixed = other with { Identifier = cases[0].Id };

        var ex = Assert.Throws<StorageException>(() => PatientTimelineMapper.ToPatient(mixed));

        Assert.Equal(StorageIssues.UnreadableRecord, ex.Code);
        Assert.Contains($"'{cases[1].Id}'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]")] // an array, not the details object
    [InlineData("")] // an emptied column
    public void ToPatient_DetailsNotAnObject_ThrowsStore006(string details)
    {
        PatientSnapshot snapshot = PatientTimelineMapper.ToSnapshot(CaseSeries.Load()[0]) with { DetailsJson = details };

        var ex = Assert.Throws<StorageException>(() => PatientTimelineMapper.ToPatient(snapshot));

        Assert.Equal(StorageIssues.UnreadableRecord, ex.Code);
    }
}
