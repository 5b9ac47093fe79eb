using LamTrack.Application.Ports;
using LamTrack.Fhir.Tests.Support;
using System.IO.Compression;
using System.Text;
using Hl7.Fhir.Model;
using LamTrack.Fhir.Export;
using LamTrack.Fhir.Import;
using LamTrack.Fhir.Serialization;
using LamTrack.Fhir.Tests.RoundTrip;

namespace LamTrack.Fhir.Tests.Import;

/// <summary>The robustness issue's FHIR examples: random bytes in a .ndjson.gz, a decompression bomb, an oversized line,
/// a 50 MB string quoted in a message, two Patients with one id and conflicting content, and the fuzzing finding.</summary>
public sealed class InputLimitsTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static ImportResult Import(string path) =>
        new FhirImporter(new DiscardingTarget(), new ImportOptions(ValidateProfiles: false)).Import(path);

    private string Write(string name, byte[] bytes)
    {
        Directory.CreateDirectory(_temp.Path);
        string file = _temp.Sub(name);
        File.WriteAllBytes(file, bytes);
        return file;
    }

    [Fact]
    public void Import_RandomBytesInNdjsonGz_RejectedWithACodedProblem()
    {
        byte[] noise = new byte[4096];
        new Random(15).NextBytes(noise);

        ImportResult result = Import(Write("Patient.ndjson.gz", noise));

        Assert.True(result.Rejected);
        ImportProblem problem = Assert.Single(result.Problems, p => p.IsError);
        Assert.Equal((ImportIssueCodes.MalformedJson, "Patient.ndjson.gz"), (problem.Code, problem.Location.Source));
        Assert.Contains("not a readable gzip file", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_GzipBombOfOneHugeLine_StopsAtTheExpansionLimitInBoundedMemory()
    {
        ImportResult result = Import(Write("Observation.ndjson.gz", GzipBomb()));

        // Reading stopped after the first 64 MiB of output (the line buffer never grows past its 64 MiB limit).
        ImportProblem problem = Assert.Single(result.Problems, p => p.IsError);
        Assert.Equal(ImportIssueCodes.TooLarge, problem.Code);
        Assert.Contains("expands more than 100 times", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_LineOverTheLimit_ReportedWithItsLineAndTheNextLineStillRead()
    {
        string patient = FhirJson.ToCompactJson(new Patient { Id = "p1" });
        byte[] longLine = Encoding.ASCII.GetBytes("{\"resourceType\":\"Patient\",\"id\":\"" + new string('x', FhirInputLimits.MaxLineBytes) + "\"}\n");
        byte[] bytes = [.. longLine, .. Encoding.UTF8.GetBytes(patient + "\n")];

        ImportResult result = Import(Write("Patient.ndjson", bytes));

        ImportProblem problem = Assert.Single(result.Problems, p => p.Code == ImportIssueCodes.TooLarge);
        Assert.Equal(1, problem.Location.Line);
        Assert.DoesNotContain(result.Problems, p => p.Location.Line == 2 && p.Code == ImportIssueCodes.MalformedJson);
    }

    [Fact]
    public void Problem_FiftyMegabyteValueInTheMessage_IsCut()
    {
        string huge = new('z', 50_000_000);
        var problem = new ImportProblem(ImportIssueCodes.NotFhir, ImportLocation.OfFile("x.ndjson"), $"Literal '{huge}' is not a valid date");

        Assert.True(problem.Message.Length < FhirInputLimits.MaxMessageChars + 80, $"{problem.Message.Length} characters");
        Assert.EndsWith("more characters not shown)", problem.Message, StringComparison.Ordinal);
        Assert.Equal("short", new ImportProblem(ImportIssueCodes.NotFhir, ImportLocation.OfFile("x"), "short").Message);
    }

    [Theory]
    [InlineData(AdministrativeGender.Male, true)] // conflicting content: the last used to win without a word
    [InlineData(AdministrativeGender.Female, false)] // an identical copy is harmless
    public void Import_TwoPatientsWithOneId_ConflictIsAnError(AdministrativeGender secondGender, bool rejected)
    {
        LamTrack.Domain.Patients.Patient case4 = CaseSeries.Patients.Single(p => p.Id == "case-4");
        string folder = _temp.Sub("nd");
        FhirExporter.WriteNdjson([case4], folder, CaseSeries.ExportTime);
        string patients = Path.Combine(folder, "Patient.ndjson");
        string line = File.ReadAllLines(patients)[0];
        var copy = (Patient)FhirJsonParse(line);
        copy.Gender = secondGender;
        File.AppendAllText(patients, FhirJson.ToCompactJson(copy) + "\n");

        ImportResult result = Import(folder);

        Assert.Equal(rejected, result.Rejected);
        Assert.Equal(rejected, result.Problems.Any(p => p.Code == ImportIssueCodes.DuplicateIdentifier && p.Location.Line == 2));
    }

    [Fact]
    public void Import_SamePatientWrittenInAnotherPropertyOrder_IsAHarmlessCopy()
    {
        LamTrack.Domain.Patients.Patient case4 = CaseSeries.Patients.Single(p => p.Id == "case-4");
        string folder = _temp.Sub("nd-order");
        FhirExporter.WriteNdjson([case4], folder, CaseSeries.ExportTime);
        string patients = Path.Combine(folder, "Patient.ndjson");
        var original = (System.Text.Json.Nodes.JsonObject)System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllLines(patients)[0])!;
        // resourceType stays first; the other properties come in the reverse order.
        var reversed = new System.Text.Json.Nodes.JsonObject { ["resourceType"] = "Patient" };
        original.Remove("resourceType");
        foreach (var property in original.Reverse().ToList())
        {
            original.Remove(property.Key);
            reversed[property.Key] = property.Value;
        }

        File.AppendAllText(patients, reversed.ToJsonString() + "\n");

        ImportResult result = Import(folder);

        Assert.False(result.Rejected, string.Join("\n", result.Problems));
        Assert.DoesNotContain(result.Problems, p => p.Code == ImportIssueCodes.DuplicateIdentifier);
    }

    [Fact]
    public void Import_MutatedConditionThatCrashedTheSdk_IsACodedProblem()
    {
        string seed = Path.Combine(ImportIssueCodesTests.RepositoryRoot(), "tools", "LamTrack.Fuzz", "corpus", "fhir-ndjson", "zz-regression-sdk-index-out-of-range.ndjson");

        ImportResult result = Import(Write("Condition.ndjson", File.ReadAllBytes(seed)));

        Assert.True(result.Rejected);
        Assert.Contains(result.Problems, p => p.IsError);
    }

    [Fact]
    public void Import_MutatedIdThatMadeTheSdkThrowAValidationException_IsACodedProblem()
    {
        // Found by the fuzz campaign: an id that is a Boolean or an array made the strict parser throw
        // CodedValidationException instead of reporting an issue.
        string seed = Path.Combine(ImportIssueCodesTests.RepositoryRoot(), "tools", "LamTrack.Fuzz", "corpus", "fhir-ndjson", "zz-regression-id-not-a-string.ndjson");

        ImportResult result = Import(Write("Observation.ndjson", File.ReadAllBytes(seed)));

        Assert.True(result.Rejected);
        Assert.Contains(result.Problems, p => p.Code == ImportIssueCodes.NotFhir);
    }

    [Theory]
    [InlineData("""{"resourceType":"Patient","id":true}""")]
    [InlineData("""{"resourceType":"Patient","id":["a","b"]}""")]
    [InlineData("""{"resourceType":"Resource","id":"x"}""")] // an abstract type: the SDK threw NotSupportedException (fuzzing)
    public void TryParse_ResourceTheSdkThrowsOn_ReturnsNullWithANotFhirProblem(string json)
    {
        var problems = new ImportProblemList();

        Resource? parsed = FhirJson.TryParse(Encoding.UTF8.GetBytes(json), ImportLocation.OfFile("x.ndjson"), problems);

        Assert.Null(parsed);
        Assert.Contains(problems, p => p.Code == ImportIssueCodes.NotFhir);
    }

    private static Resource FhirJsonParse(string json)
    {
        var problems = new ImportProblemList();
        return FhirJson.TryParse(json, ImportLocation.OfFile("x"), problems) ?? throw new InvalidOperationException(string.Join("\n", problems));
    }

    [Fact]
    public async System.Threading.Tasks.Task ImportAsync_GzipBombAsAnUploadStream_StopsAtTheExpansionLimit()
    {
        // An upload cannot tell its position: the guard counts the compressed bytes itself.
        using var upload = new UnseekableStream(GzipBomb());

        ImportResult result = await new FhirImporter(new DiscardingTarget(), new ImportOptions(ValidateProfiles: false))
            .ImportAsync(upload, "upload.ndjson.gz", FhirInputFormat.NdjsonGzip);

        ImportProblem problem = Assert.Single(result.Problems, p => p.IsError);
        Assert.Equal((ImportIssueCodes.TooLarge, "upload.ndjson.gz"), (problem.Code, problem.Location.Source));
        Assert.Contains("expands more than 100 times", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async System.Threading.Tasks.Task ImportAsync_RandomBytesAsAGzipUploadStream_RejectedWithACodedProblem()
    {
        byte[] noise = new byte[4096];
        new Random(15).NextBytes(noise);
        using var upload = new MemoryStream(noise);

        ImportResult result = await new FhirImporter(new DiscardingTarget(), new ImportOptions(ValidateProfiles: false))
            .ImportAsync(upload, "upload.ndjson.gz", FhirInputFormat.NdjsonGzip);

        ImportProblem problem = Assert.Single(result.Problems, p => p.IsError);
        Assert.Equal((ImportIssueCodes.MalformedJson, "upload.ndjson.gz"), (problem.Code, problem.Location.Source));
    }

    [Fact]
    public void Import_RandomBytesInConditionNdjsonGzWithCohortSelection_RejectedWithACodedProblem()
    {
        // The cohort pre-pass reads the Condition files first; a broken one must not crash it.
        byte[] noise = new byte[4096];
        new Random(16).NextBytes(noise);
        Write("Condition.ndjson.gz", noise);

        ImportResult result = new FhirImporter(new DiscardingTarget(), new ImportOptions(ValidateProfiles: false) { Select = CohortRule.Lam }).Import(_temp.Path);

        ImportProblem problem = Assert.Single(result.Problems, p => p.IsError);
        Assert.Equal((ImportIssueCodes.MalformedJson, "Condition.ndjson.gz"), (problem.Code, problem.Location.Source));
    }

    private static readonly Lazy<byte[]> s_gzipBomb = new(CompressOneHugeLine);

    private static byte[] GzipBomb() => s_gzipBomb.Value;

    // 1 GiB of one line compresses to about 1 MB: a ratio of about 1,000.
    private static byte[] CompressOneHugeLine()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            byte[] block = Encoding.ASCII.GetBytes(new string('a', 1 << 20));
            for (int i = 0; i < 1024; i++)
            {
                gzip.Write(block);
            }
        }

        return compressed.ToArray();
    }

    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    }
}
