using System.Text.Json.Nodes;
using LamTrack.PatientFiles;
using LamTrack.Testing;

namespace LamTrack.PatientFiles.Tests.Reading;

/// <summary>Every kind of bad input the Foundation issue lists gets its own clear, located error.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lamtrack-bad-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private PatientFileIssue Single(JsonObject edited)
    {
        string file = Path.Combine(_folder, "case.json");
        File.WriteAllText(file, edited.ToJsonString());
        PatientLoadResult result = PatientFileLoader.Load(file);
        Assert.Empty(result.Patients);
        PatientFileIssue issue = Assert.Single(result.Issues);
        Assert.Equal(file, issue.File);
        return issue;
    }

    private static JsonObject Case2With(string eventId, Action<JsonObject> edit)
    {
        JsonObject json = CaseSeriesData.Json(2);
        edit(CaseSeriesData.Event(json, eventId));
        return json;
    }

    [Fact]
    public void Load_MalformedJson_ReportsPf001WithLine()
    {
        string file = Path.Combine(_folder, "broken.json");
        File.WriteAllText(file, "{\n  \"format\": \"lamtrack-patient/1\",\n  \"events\": [ }\n");
        PatientFileIssue issue = Assert.Single(PatientFileLoader.Load(file).Issues);
        Assert.Equal((PatientFileIssueCodes.MalformedJson, 3L), (issue.Code, issue.Line));
    }

    [Fact]
    public void Load_UnknownEventType_ReportsPf003()
    {
        PatientFileIssue issue = Single(Case2With("c2-preg", e => e["type"] = "teleport"));
        Assert.Equal((PatientFileIssueCodes.UnknownEventType, "case-2", "c2-preg", "events[0].type"), (issue.Code, issue.PatientId, issue.EventId, issue.Field));
    }

    [Fact]
    public void Load_ResolutionBeforeOnset_ReportsDom001()
    {
        PatientFileIssue issue = Single(Case2With("c2-ptx1", e => e["resolution"] = "2014-01"));
        Assert.Equal(("DOM-001", "c2-ptx1", "resolution"), (issue.Code, issue.EventId, issue.Field));
    }

    [Fact]
    public void Load_PftValueWithMassUnit_NamesTheValueInItsTest()
    {
        PatientFileIssue issue = Single(Case2With("c2-pft", e => e["values"]![1]!["value"]!["unit"] = "kg"));
        Assert.Equal(PatientFileIssueCodes.BadUnit, issue.Code);
        Assert.Matches(@"^events\[\d+\]\.values\[1\]\.value\.unit$", issue.Field);
    }

    [Fact]
    public void Load_NegativeTroughValue_ReportsPf007()
    {
        PatientFileIssue issue = Single(Case2With("c2-trough-range", e => e["low"]!["value"] = -1));
        Assert.Equal((PatientFileIssueCodes.OutOfRange, "events[15].low.value"), (issue.Code, issue.Field));
    }

    [Fact]
    public void Load_NonFiniteNumber_ReportsPf007AtThePath()
    {
        string file = Path.Combine(_folder, "huge.json");
        File.WriteAllText(file, CaseSeriesData.Json(2).ToJsonString().Replace("\"left\":50", "\"left\":1e400", StringComparison.Ordinal));
        PatientFileIssue issue = Assert.Single(PatientFileLoader.Load(file).Issues);
        Assert.Equal((PatientFileIssueCodes.OutOfRange, "events[4].compression.left"), (issue.Code, issue.Field));
        Assert.Contains("finite", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(120)] // more than the whole lung
    [InlineData(-5)] // negative
    public void Load_CompressionOutsideZeroToHundred_ReportsPf007(double percent)
    {
        PatientFileIssue issue = Single(Case2With("c2-ptx1", e => e["compression"]!["left"] = percent));
        Assert.Equal((PatientFileIssueCodes.OutOfRange, "events[4].compression.left"), (issue.Code, issue.Field));
    }

    [Fact]
    public void Load_DoseChangeBeforeCourseStart_ReportsDom002()
    {
        JsonObject json = CaseSeriesData.Json(4);
        CaseSeriesData.Event(json, "c4-srl")["doseChanges"]![0]!["date"] = "2013-01";
        PatientFileIssue issue = Single(json);
        Assert.Equal(("DOM-002", "c4-dose-1mg"), (issue.Code, issue.EventId));
    }

    [Fact]
    public void Load_TroughWithoutUnit_ReportsPf006()
    {
        JsonObject json = CaseSeriesData.Json(5);
        CaseSeriesData.Event(json, "c5-tr1")["result"]!.AsObject().Remove("unit");
        PatientFileIssue issue = Single(json);
        Assert.Equal((PatientFileIssueCodes.BadUnit, "c5-tr1", "events[12].result.unit"), (issue.Code, issue.EventId, issue.Field));
    }

    [Fact]
    public void Load_TroughWithUnknownUnit_ReportsPf006()
    {
        JsonObject json = CaseSeriesData.Json(5);
        CaseSeriesData.Event(json, "c5-tr1")["result"]!["unit"] = "ng/dL";
        PatientFileIssue issue = Single(json);
        Assert.Equal(PatientFileIssueCodes.BadUnit, issue.Code);
        Assert.Contains("unknown unit 'ng/dL'", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnparseableDate_ReportsPf005()
    {
        PatientFileIssue issue = Single(Case2With("c2-mass", e => e["date"] = "2015-13-45"));
        Assert.Equal((PatientFileIssueCodes.BadDate, "events[1].date"), (issue.Code, issue.Field));
    }

    [Fact]
    public void Load_EventAfterFollowUp_ReportsDom003()
    {
        PatientFileIssue issue = Single(Case2With("c2-6mwt", e => e["date"] = "2019-02"));
        Assert.Equal(("DOM-003", "c2-6mwt"), (issue.Code, issue.EventId));
    }

    [Fact]
    public void Load_DuplicateEventIds_ReportsDom004()
    {
        PatientFileIssue issue = Single(Case2With("c2-mass", e => e["id"] = "c2-preg"));
        Assert.Equal(("DOM-004", "c2-preg"), (issue.Code, issue.EventId));
    }

    [Fact]
    public void Load_DuplicatePatientIds_ReportsPf008AndKeepsTheFirst()
    {
        File.WriteAllText(Path.Combine(_folder, "a.json"), CaseSeriesData.Json(1).ToJsonString());
        File.WriteAllText(Path.Combine(_folder, "b.json"), CaseSeriesData.Json(1).ToJsonString());
        PatientLoadResult result = PatientFileLoader.Load(_folder);
        Assert.Single(result.Patients);
        Assert.Equal(PatientFileIssueCodes.DuplicatePatientId, Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void Load_SeveralProblems_ReportsEveryOne()
    {
        JsonObject json = Case2With("c2-ptx1", e => e["side"] = "middle");
        CaseSeriesData.Event(json, "c2-mass")["date"] = "soon";
        string file = Path.Combine(_folder, "many.json");
        File.WriteAllText(file, json.ToJsonString());
        Assert.Equal(2, PatientFileLoader.Load(file).Issues.Count);
    }

    [Fact]
    public void Load_MissingPath_ReportsPf009() =>
        Assert.Equal(PatientFileIssueCodes.Unreadable, Assert.Single(PatientFileLoader.Load(Path.Combine(_folder, "nope.json")).Issues).Code);

    [Fact]
    public void Codes_AreUnique() => Assert.Equal(PatientFileIssueCodes.All.Count, PatientFileIssueCodes.All.Distinct().Count());
}
