using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using LamTrack.Fhir.Export;
using LamTrack.Fhir.Import;
using LamTrack.Fhir.Serialization;
using LamTrack.Fhir.Tests.RoundTrip;

namespace LamTrack.Fhir.Tests.Serialization;

public sealed class FastStrictParserTests
{
    // How many mutants the differential test parses both ways (a seeded sample of all of them: about 2 s).
    private const int MutantSample = 6000;

    private static readonly Lazy<IReadOnlyList<string>> s_corpus = new(() =>
    [
        .. CaseSeries.Patients.SelectMany(p => FhirExporter.ToBundle(p, CaseSeries.ExportTime, transaction: false).Entry)
            .Select(e => FhirJson.ToCompactJson(e.Resource!)),
        .. Directory.EnumerateFiles(Path.Combine("Samples", "Accept")).Select(File.ReadAllText),
    ]);

    [Fact]
    public void TryParse_EveryCaseSeriesResource_IsCleanAndSameAsStrictParse()
    {
        foreach (string json in s_corpus.Value)
        {
            Assert.True(FastStrictParser.TryParse(json, out Resource? fast), json);
            Assert.True(FhirJsonDeserializer.DEFAULT.TryDeserializeResource(json, out Resource? strict, out _), json);
            Assert.Equal(FhirJson.ToCompactJson(strict!), FhirJson.ToCompactJson(fast!));
        }
    }

    [Fact]
    public void TryParse_MutatedResources_NeverCleanWhenStrictParseFindsAnIssue()
    {
        var random = new Random(20261127);
        List<string> mutants = [.. s_corpus.Value.SelectMany(JsonMutator.Mutants).Distinct(StringComparer.Ordinal).OrderBy(_ => random.Next()).Take(MutantSample)];
        int strictRejected = 0, bothAccepted = 0;
        var lenient = new List<string>();

        foreach (string json in mutants)
        {
            bool strictOk = TryStrict(json, out Resource? strict);
            bool fastOk = FastStrictParser.TryParse(json, out Resource? fast);
            strictRejected += strictOk ? 0 : 1;
            if (fastOk && !strictOk)
            {
                lenient.Add(json);
            }
            else if (fastOk)
            {
                bothAccepted++;
                Assert.Equal(FhirJson.ToCompactJson(strict!), FhirJson.ToCompactJson(fast!));
            }
        }

        Assert.True(lenient.Count == 0, $"accepted although the strict parse rejects them:\n{string.Join("\n", lenient.Take(10))}");
        // The sample must have teeth (many rejected mutants) and the fast path must still accept valid variants.
        Assert.True(strictRejected > MutantSample / 2, $"only {strictRejected} of {mutants.Count} mutants are invalid");
        Assert.True(bothAccepted > 100, $"only {bothAccepted} valid mutants were accepted by the fast path");
    }

    [Theory]
    [InlineData("""{"resourceType":"Patient","id":"p1","gender":"femal"}""")] // invalid code for a required binding
    [InlineData("""{"resourceType":"Patient","id":"p1","foo":1}""")] // unknown element
    [InlineData("""{"resourceType":"Patient","id":"p1","birthDate":"1970-13-01"}""")] // bad date literal
    [InlineData("""{"resourceType":"Patient","id":"p 1"}""")] // bad id literal
    [InlineData("""{"resourceType":"Observation","id":"o1","status":"final","code":{"text":"x"},"valueQuantity":{"value":"12"}}""")] // decimal given as a string
    [InlineData("""{"resourceType":"Observation","id":"o1","code":{"text":"x"}}""")] // required element Observation.status missing
    [InlineData("""{"resourceType":"Observation","id":"o1","status":"final","code":{"text":"x"},"valueDate":"2014-01-01"}""")] // choice type not allowed for Observation.value
    [InlineData("""{"resourceType":"Observation","id":"o1","status":"final","code":[{"text":"x"}]}""")] // array for a single element
    [InlineData("""{"resourceType":"Observation","id":"o1","status":"final","code":{"text":"x"},"category":[null]}""")] // null in an array
    [InlineData("""{"resourceType":"Observation","id":"o1","status":"final","code":{"text":"x"},"subject":{}}""")] // empty object
    [InlineData("""{"resourceType":"Basic","id":"b1","code":{"text":"x"},"contained":[{"resourceType":"Basic","id":"c1","code":{"text":"y"},"contained":[{"resourceType":"Basic","id":"c2","code":{"text":"z"}}]}]}""")] // nested contained resources
    public void TryParse_InvalidResource_NotCleanAndReportedLikeStrictParse(string json)
    {
        var fast = new ImportProblemList();
        var strict = new ImportProblemList();
        var where = new ImportLocation("r.ndjson", 7, null, null, null);

        Assert.False(FastStrictParser.TryParse(json, out _), json);
        Assert.Null(FhirJson.TryParse(json, where, fast));
        Assert.Null(FhirJson.TryParseStrict(json, where, strict));
        Assert.NotEmpty(fast);
        Assert.Equal(strict.Select(p => p.ToString()), fast.Select(p => p.ToString()));
    }

    [Theory]
    [InlineData("""{"resourceType":"Patient","id":"p1","Gender":"female"}""")] // the default settings bind a wrong-cased element (PVAL131 is filtered)
    [InlineData("""{"resourceType":"patient","id":"p1"}""")] // and a wrong-cased resource type (PVAL132 is filtered)
    [InlineData("""{"resourceType":"Observation","id":"o1","status":"final","code":{"text":"x"},"valuequantity":{"value":1}}""")] // and a choice suffix in the wrong case
    [InlineData("""{"resourceType":"ChargeItem","id":"c1","status":"billable","code":{"text":"x"},"subject":{"reference":"Patient/p"},"bodySite":[{"text":"x"}]}""")] // ChargeItem's element is spelt "bodysite"
    [InlineData("""{"resourceType":"Observation","id":"o1","status":"final","code":{"text":"x"},"_status":{"extension":[{"url":"http://x","valueString":"y"}]}}""")] // a primitive's extension
    public void TryParse_ValidResource_CleanAndSameAsStrictParse(string json)
    {
        Assert.True(FastStrictParser.TryParse(json, out Resource? fast));
        Assert.True(FhirJsonDeserializer.DEFAULT.TryDeserializeResource(json, out Resource? strict, out _));
        Assert.Equal(FhirJson.ToCompactJson(strict!), FhirJson.ToCompactJson(fast!));
    }

    [Fact]
    public void TryParse_ShapeTheSdkThrowsOn_ReportedAsNotFhirInsteadOfThrowing()
    {
        var problems = new ImportProblemList();
        // An underscore property holding an object for a repeating complex element: the SDK throws InvalidOperationException.
        string json = """{"resourceType":"Patient","id":"p1","name":[{"text":"x"}],"_name":{"foo":1}}""";

        Assert.Null(FhirJson.TryParse(json, new ImportLocation("r.ndjson", 3, null, null, null), problems));

        ImportProblem problem = Assert.Single(problems);
        Assert.Equal(ImportIssueCodes.NotFhir, problem.Code);
        Assert.Equal(3, problem.Location.Line);
    }

    private static bool TryStrict(string json, out Resource? resource)
    {
        try
        {
            return FhirJsonDeserializer.DEFAULT.TryDeserializeResource(json, out resource, out _);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException)
        {
            resource = null;
            return false;
        }
    }
}
