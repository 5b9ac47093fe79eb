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
    public void ReadParallel_ManyLinesWithBadOnes_GivesResourcesAndProblemsInLineOrderLikeRead()
    {
        // 3,000 lines: enough for PLINQ to hand out several chunks to each worker, so order really is at stake.
        string text = string.Join("\n", Enumerable.Range(1, 3000).Select(i => i % 997 == 0
            ? "{not json"
            : i % 499 == 0 ? $$$"""{"resourceType":"Patient","id":"p-{{{i}}}","gender":"femal"}""" : $$$"""{"resourceType":"Patient","id":"p-{{{i}}}","gender":"female"}"""));
        var sequentialProblems = new ImportProblemList();
        var parallelProblems = new ImportProblemList();
        long position = 0;

        var sequential = NdjsonReader.Read(new StringReader(text), "Patient.ndjson", sequentialProblems).ToList();
        var parallel = NdjsonReader.ReadParallel(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), "Patient.ndjson", parallelProblems, check: null, () => ++position).ToList();

        Assert.Equal(sequential.Select(r => (r.Location, r.Resource.Id)), parallel.Select(r => (r.Location, r.Resource.Id)));
        Assert.Equal(sequentialProblems.Select(p => p.ToString()), parallelProblems.Select(p => p.ToString()));
        // Three lines are not JSON and six have an invalid gender code: neither kind gives a resource.
        Assert.Equal(3000 - 3 - 6, parallel.Count);
        Assert.True(parallel.Zip(parallel.Skip(1)).All(pair => pair.First.Offset < pair.Second.Offset), "offsets must grow with the lines");
    }

    [Fact]
    public void ReadParallel_Utf8Stream_GivesSameResourcesAndProblemsAsRead()
    {
        // CRLF endings, a byte-order mark, blank lines, a line that is not JSON and an invalid code.
        string text = "\uFEFF" + Patient + "\r\n\r\n{not json\r\n" + """{"resourceType":"Patient","id":"p-9","gender":"femal"}""" + "\n  \n"
            + """{"resourceType":"Observation","id":"o-1","status":"final","code":{"text":"x"},"valueQuantity":{"value":1.5,"unit":"ng/mL"}}""";
        var expectedProblems = new ImportProblemList();
        var actualProblems = new ImportProblemList();

        var expected = NdjsonReader.Read(new StringReader(text.TrimStart('\uFEFF')), "x.ndjson", expectedProblems).ToList();
        var actual = NdjsonReader.ReadParallel(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), "x.ndjson", actualProblems, check: null).ToList();

        Assert.Equal(expected.Select(r => (r.Location, LamTrack.Fhir.Serialization.FhirJson.ToCompactJson(r.Resource))),
            actual.Select(r => (r.Location, LamTrack.Fhir.Serialization.FhirJson.ToCompactJson(r.Resource))));
        Assert.Equal(expectedProblems.Select(p => p.ToString()), actualProblems.Select(p => p.ToString()));
        Assert.Equal(2, expectedProblems.Count);
    }

    [Fact]
    public void Read_UnknownResourceType_IsReported()
    {
        var problems = new ImportProblemList();
        Assert.Empty(NdjsonReader.Read(new StringReader("""{"resourceType":"Foo","id":"x"}"""), "f.ndjson", problems));
        Assert.Contains(problems, p => p.Code == ImportIssueCodes.NotFhir && p.Message.Contains("Foo", StringComparison.Ordinal));
    }
}
