using System.Text;
using System.Text.Json.Nodes;
using LamTrack.Domain.Patients;
using LamTrack.PatientFiles;
using LamTrack.PatientFiles.Loading;
using LamTrack.Testing;

namespace LamTrack.PatientFiles.Tests.Reading;

/// <summary><c>validate</c> is the one gate: each record the robustness issue found accepted but unusable later is now
/// rejected with a located, coded problem, and strict JSON is required from both readers alike.</summary>
public sealed class GateTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lamtrack-gate-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private PatientLoadResult Load(string text, string name = "case.json")
    {
        string file = Path.Combine(_folder, name);
        File.WriteAllText(file, text);
        return PatientFileLoader.Load(file);
    }

    private PatientFileIssue Rejected(JsonObject json, string code)
    {
        PatientLoadResult result = Load(json.ToJsonString());
        Assert.Empty(result.Patients);
        return Assert.Single(result.Issues, i => i.Code == code);
    }

    [Theory]
    [InlineData("0000-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("1899-12")]
    [InlineData("2201")]
    public void Load_DateOutsideSupportedRange_ReportsDom009WithEventAndField(string date)
    {
        JsonObject json = CaseSeriesData.Json(4);
        CaseSeriesData.Event(json, "c4-ptx1")["date"] = date;
        json["followUpEnd"] = "9999-12-31";

        PatientLoadResult result = Load(json.ToJsonString());

        Assert.Empty(result.Patients);
        Assert.Equal(
            [(null, "followUpEnd"), ("c4-ptx1", "date")],
            result.Issues.Select(i => (i.EventId, i.Field)));
        Assert.All(result.Issues, i => Assert.Equal(DomainIssueCodes.DateOutOfRange, i.Code));
        Assert.Contains("1900-01-01 to 2200-12-31", result.Issues[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DatesAtTheEdgesOfTheRange_AreAccepted()
    {
        JsonObject json = CaseSeriesData.Json(4);
        CaseSeriesData.Event(json, "c4-ptx1")["date"] = "1900-01-01";
        json["followUpEnd"] = "2200-12-31";
        PatientLoadResult result = Load(json.ToJsonString());
        Assert.True(result.IsValid, string.Join("\n", result.Issues));
    }

    [Fact]
    public void Load_EmptyEventList_ReportsDom010()
    {
        JsonObject json = CaseSeriesData.Json(4);
        json["events"] = new JsonArray();
        json.Remove("followUpEnd");
        PatientFileIssue issue = Rejected(json, DomainIssueCodes.NoEvents);
        Assert.Equal(("case-4", "events"), (issue.PatientId, issue.Field));
    }

    [Fact]
    public void Load_NoEventsButAFollowUpEnd_ReportsDom010NamingTheFollowUpEnd()
    {
        JsonObject json = CaseSeriesData.Json(4);
        json["events"] = new JsonArray();
        PatientFileIssue issue = Rejected(json, DomainIssueCodes.NoEvents);
        Assert.Contains("follow-up end (2018-01)", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("x/y", "'/'")]
    [InlineData("x\\y", "'\\'")]
    [InlineData("x\0y", "U+0000")]
    [InlineData("x\ty", "U+0009")]
    [InlineData("case 4", "U+0020")]
    public void Load_PatientIdWithForbiddenCharacter_ReportsDom008(string id, string named)
    {
        JsonObject json = CaseSeriesData.Json(4);
        json["id"] = id;
        PatientFileIssue issue = Rejected(json, DomainIssueCodes.BadIdentifier);
        Assert.Equal((id, (string?)null, "id"), (issue.PatientId, issue.EventId, issue.Field));
        Assert.Contains(named, issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(64, true)]
    [InlineData(65, false)]
    [InlineData(200, false)]
    public void Load_PatientIdLength_AcceptedUpToSixtyFour(int length, bool valid)
    {
        JsonObject json = CaseSeriesData.Json(4);
        json["id"] = new string('a', length);
        PatientLoadResult result = Load(json.ToJsonString());
        Assert.Equal(valid, result.IsValid);
        Assert.Equal(valid ? 0 : 1, result.Issues.Count(i => i.Code == DomainIssueCodes.BadIdentifier));
    }

    [Fact]
    public void Load_EventIdWithSlash_ReportsDom008OnTheEvent()
    {
        JsonObject json = CaseSeriesData.Json(4);
        CaseSeriesData.Event(json, "c4-vats")["id"] = "c4/vats";
        PatientFileIssue issue = Rejected(json, DomainIssueCodes.BadIdentifier);
        Assert.Equal(("c4/vats", "id"), (issue.EventId, issue.Field));
    }

    [Theory]
    [InlineData(0.0, false)]
    [InlineData(0.5, true)]
    public void Load_SirolimusDoseOfZero_ReportsDom011(double dose, bool valid)
    {
        JsonObject json = CaseSeriesData.Json(4);
        CaseSeriesData.Event(json, "c4-srl")["dose"] = new JsonObject { ["value"] = dose, ["unit"] = "mg/d" };
        PatientLoadResult result = Load(json.ToJsonString());
        Assert.Equal(valid, result.IsValid);
        if (!valid)
        {
            PatientFileIssue issue = Assert.Single(result.Issues);
            Assert.Equal((DomainIssueCodes.ZeroDose, "c4-srl", "dose"), (issue.Code, issue.EventId, issue.Field));
        }
    }

    [Fact]
    public void Load_IdsDifferingOnlyInCase_ReportsPf008ForTheSecond()
    {
        JsonObject first = CaseSeriesData.Json(4);
        JsonObject second = CaseSeriesData.Json(4);
        second["id"] = "CASE-4";
        Load(first.ToJsonString(), "a.json");
        Load(second.ToJsonString(), "b.json");

        PatientLoadResult result = PatientFileLoader.Load(_folder);

        Assert.Single(result.Patients);
        PatientFileIssue issue = Assert.Single(result.Issues);
        Assert.Equal((PatientFileIssueCodes.DuplicatePatientId, "CASE-4"), (issue.Code, issue.PatientId));
        Assert.Contains("differs only in letter case", issue.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> NotStrictJson => new()
    {
        { "\"id\": \"case-4\",", "\"id\": \"case-4\", /* a comment */" },
        { "\"sex\": \"female\"", "\"sex\": \"female\", \"sex\": \"male\"" },
        { "\"stated\": \"at the current admission\"", "\"stated\": \"at the current admission\", \"value\": \"2014-12\"" },
    };

    [Theory]
    [MemberData(nameof(NotStrictJson))]
    public void Load_CommentDuplicateKeyOrTrailingComma_ReportsPf001WithLine(string find, string replace)
    {
        string pretty = CaseSeriesData.Json(4).ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
        string edited = Edit(pretty, find, replace);
        string compact = Edit(CaseSeriesData.Json(4).ToJsonString(), find.Replace("\": ", "\":", StringComparison.Ordinal), replace.Replace("\": ", "\":", StringComparison.Ordinal));

        // A whole file goes through the serializer; a JSON Lines line through the fast UTF-8 reader first: both reject.
        PatientFileIssue inFile = Assert.Single(Load(edited).Issues);
        PatientFileIssue inLines = Assert.Single(Load(compact + "\n", "cohort.jsonl").Issues);

        Assert.Equal(PatientFileIssueCodes.MalformedJson, inFile.Code);
        Assert.Equal(PatientFileIssueCodes.MalformedJson, inLines.Code);
        Assert.True(inFile.Line > 1, inFile.ToString());
        Assert.Equal(1L, inLines.Line);
    }

    [Fact]
    public void Load_TrailingCommaInAnObject_ReportsPf001()
    {
        string json = CaseSeriesData.Json(4).ToJsonString();
        PatientFileIssue issue = Assert.Single(Load(json[..^1] + ",}").Issues);
        Assert.Equal(PatientFileIssueCodes.MalformedJson, issue.Code);
    }

    [Fact]
    public void Load_JsonLinesLineOverTheLimit_ReportsPf012AndReadsTheNextLine()
    {
        string file = Path.Combine(_folder, "big.jsonl");
        using (var writer = new StreamWriter(file))
        {
            writer.Write("{\"id\":\"");
            writer.Write(new string('x', JsonLinesFile.MaxLineBytes + 10));
            writer.Write("\"}\n");
            writer.Write(CaseSeriesData.Json(4).ToJsonString() + "\n");
        }

        PatientLoadResult result = PatientFileLoader.Load(file);

        PatientFileIssue issue = Assert.Single(result.Issues);
        Assert.Equal((PatientFileIssueCodes.TooLarge, 1L), (issue.Code, issue.Line));
        Assert.Equal("case-4", Assert.Single(result.Patients).Id);
    }

    [Theory]
    [InlineData("sex")]
    [InlineData("smoking")]
    public void Load_EmptyWord_ReportsPf004InsteadOfCrashing(string field)
    {
        // Found by fuzzing: an empty word threw IndexOutOfRangeException.
        JsonObject json = CaseSeriesData.Json(4);
        json[field] = string.Empty;
        PatientFileIssue issue = Rejected(json, PatientFileIssueCodes.UnknownValue);
        Assert.Equal(field, issue.Field);
    }

    [Theory]
    [InlineData("c4-tr1", "result")]
    [InlineData("c4-trough-table1", "high")]
    public void Load_TroughPastTheLargestConcentration_ReportsPf007InsteadOfCrashing(string id, string field)
    {
        // Found by fuzzing: 10^20 ng/mL passed the reader and threw ArgumentOutOfRangeException in the conversion.
        JsonObject json = CaseSeriesData.Json(4);
        CaseSeriesData.Event(json, id)[field]!["value"] = 1e20m;
        PatientFileIssue issue = Rejected(json, PatientFileIssueCodes.OutOfRange);
        Assert.Contains("out of range", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue_HugeQuotedValue_MessageIsCut()
    {
        var issue = new PatientFileIssue("PF-004", "f", 1, "p", null, "sex", $"'{new string('z', 50_000_000)}' is not one of female, male");
        Assert.True(issue.Message.Length < PatientFileIssue.MaxMessageChars + 80);
        Assert.EndsWith("more characters not shown)", issue.Message, StringComparison.Ordinal);
    }

    private static string Edit(string text, string find, string replace)
    {
        int at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{find}' not found");
        return new StringBuilder(text).Remove(at, find.Length).Insert(at, replace).ToString();
    }
}
