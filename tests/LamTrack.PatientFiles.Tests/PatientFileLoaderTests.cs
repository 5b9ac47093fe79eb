using System.Text;
using System.Text.Json.Nodes;
using LamTrack.Domain.Patients;
using LamTrack.Testing;

namespace LamTrack.PatientFiles.Tests;

/// <summary>JSON Lines reading straight from UTF-8 bytes: line numbers, line endings, blank lines, huge lines, projection.</summary>
public sealed class PatientFileLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lamtrack-jsonl-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string text, bool byteOrderMark = false)
    {
        string file = Path.Combine(_folder, "cohort.jsonl");
        File.WriteAllText(file, text, new UTF8Encoding(byteOrderMark));
        return file;
    }

    private static string Line(int caseNumber, Action<JsonObject>? edit = null)
    {
        JsonObject json = CaseSeriesData.Json(caseNumber);
        edit?.Invoke(json);
        return json.ToJsonString();
    }

    [Fact]
    public void Load_CrLfBomAndBlankLines_ReadsEveryPatientAndNamesTheLine()
    {
        string bad = Line(3, j => j["format"] = "other/1");
        string file = Write($"{Line(1)}\r\n\r\n{Line(2)}\r\n{bad}\r\n", byteOrderMark: true);
        PatientLoadResult result = PatientFileLoader.Load(file);
        Assert.Equal(["case-1", "case-2"], result.Patients.Select(p => p.Id));
        PatientFileIssue issue = Assert.Single(result.Issues);
        Assert.Equal((4L, "case-3", PatientFileIssueCodes.UnknownFormat), (issue.Line, issue.PatientId, issue.Code));
    }

    [Fact]
    public void Load_LastLineWithoutLineBreak_IsRead()
    {
        PatientLoadResult result = PatientFileLoader.Load(Write($"{Line(4)}\n{Line(5)}"));
        Assert.Equal(["case-4", "case-5"], result.Patients.Select(p => p.Id));
    }

    [Fact]
    public void Load_LineLongerThanTheReadBuffer_IsReadWhole()
    {
        // 9 MB of text in one record: longer than the reader's first buffer, so the buffer must grow.
        string huge = Line(1, j => j["dateConvention"] = new string('x', 9_000_000));
        PatientLoadResult result = PatientFileLoader.Load(Write($"{Line(2)}\n{huge}\n{Line(3)}\n"));
        Assert.Equal(["case-2", "case-1", "case-3"], result.Patients.Select(p => p.Id));
        Assert.Equal(9_000_000, result.Patients[1].DateConvention!.Length);
    }

    [Fact]
    public void Load_MalformedLine_ReportsItsFileLineNumber()
    {
        PatientFileIssue issue = Assert.Single(PatientFileLoader.Load(Write($"{Line(1)}\n{{\"format\": \n{Line(2)}\n")).Issues);
        Assert.Equal((PatientFileIssueCodes.MalformedJson, 2L), (issue.Code, issue.Line));
    }

    [Fact]
    public void LoadProjected_DuplicateId_KeepsTheFirstProjectionInLineOrder()
    {
        string file = Write($"{Line(2)}\n{Line(1)}\n{Line(2)}\n");
        ProjectedLoadResult<string> result = PatientFileLoader.Load(file, (Patient p) => p.Id + "/" + p.Events.Count);
        Assert.Equal(2, result.Items.Count);
        Assert.StartsWith("case-2/", result.Items[0], StringComparison.Ordinal);
        PatientFileIssue issue = Assert.Single(result.Issues);
        Assert.Equal((PatientFileIssueCodes.DuplicatePatientId, file, 3L), (issue.Code, issue.File, issue.Line));
        Assert.Contains($"{file}:1 case-2", issue.Message, StringComparison.Ordinal);
        Assert.Equal($"{file}:3 case-2", Assert.Single(result.InvalidRecords));
    }

    [Fact]
    public void LoadProjected_Progress_EndsAtTheFileLength()
    {
        string file = Write($"{Line(1)}\n{Line(2)}\n");
        var seen = new List<long>();
        PatientFileLoader.Load(file, p => p.Id, new SynchronousProgress(seen));
        Assert.Equal(new FileInfo(file).Length, seen[^1]);
    }

    private sealed class SynchronousProgress(List<long> seen) : IProgress<long>
    {
        public void Report(long value) => seen.Add(value);
    }
}
