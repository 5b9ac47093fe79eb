using LamTrack.Fhir.Import;
using LamTrack.Fhir.Ndjson;

namespace LamTrack.Fhir.Tests.Ndjson;

public sealed class NdjsonReaderTests
{
    private const string Patient = """{"resourceType":"Patient","id":"p-1","gender":"female"}""";

    [Fact]
    public void Read_TwoLinesAndTrailingBlank_ReturnsBothWithLineNumbers()
    {
        var problems = new ImportProblemList();
        string text = Patient + "\n\n" + """{"resourceType":"Patient","id":"p-2","gender":"female"}""" + "\n";
        var read = NdjsonReader.Read(new StringReader(text), "Patient.ndjson", problems).ToList();
        Assert.Empty(problems);
        Assert.Equal([1, 3], read.Select(r => r.Location.Line ?? 0));
        Assert.Equal(["p-1", "p-2"], read.Select(r => r.Resource.Id));
    }

    [Fact]
    public void Read_MalformedLine_ReportsLineAndContinues()
    {
        var problems = new ImportProblemList();
        var read = NdjsonReader.Read(new StringReader("{not json\n" + Patient), "Patient.ndjson", problems).ToList();
        Assert.Single(read);
        ImportProblem problem = Assert.Single(problems);
        Assert.Equal(ImportIssueCodes.MalformedJson, problem.Code);
        Assert.Equal(1, problem.Location.Line);
    }

    [Fact]
    public void Read_InvalidGenderCode_ReportsPathAndSdkCode()
    {
        var problems = new ImportProblemList();
        var read = NdjsonReader.Read(new StringReader(Patient + "\n" + """{"resourceType":"Patient","id":"p-9","gender":"femal"}"""), "Patient.ndjson", problems).ToList();
        Assert.Single(read);
        ImportProblem problem = Assert.Single(problems);
        Assert.Equal(ImportIssueCodes.NotFhir, problem.Code);
        Assert.Equal(new ImportLocation("Patient.ndjson", 2, "Patient", "p-9", "Patient.gender"), problem.Location);
        Assert.StartsWith("PVAL116", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownResourceType_IsReported()
    {
        var problems = new ImportProblemList();
        Assert.Empty(NdjsonReader.Read(new StringReader("""{"resourceType":"Foo","id":"x"}"""), "f.ndjson", problems));
        Assert.Contains(problems, p => p.Code == ImportIssueCodes.NotFhir && p.Message.Contains("Foo", StringComparison.Ordinal));
    }
}
