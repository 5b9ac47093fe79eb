using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LamTrack.Web.Identity;
using LamTrack.Web.Tests.Support;

namespace LamTrack.Web.Tests.Api;

public sealed class InteropEndpointsTests(WebHostFixture host) : IClassFixture<WebHostFixture>
{
    private async Task<HttpClient> StoredCaseAsync(int caseNumber, string id)
    {
        HttpClient client = await host.ClientForAsync(Roles.Clinician);
        await ApiCalls.CreateCaseAsync(client, caseNumber, id);
        return client;
    }

    private static StringContent Fhir(string body, string mediaType) => new(body, Encoding.UTF8, mediaType);

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using JsonDocument document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    [Fact]
    public async Task ExportThenImport_Bundle_ImportsEveryPatientUnchanged()
    {
        HttpClient client = await StoredCaseAsync(4, "io-bundle");
        string bundle = await client.GetStringAsync(new Uri("/api/export/fhir?format=bundle", UriKind.Relative));
        Assert.Contains("io-bundle", bundle, StringComparison.Ordinal);

        using HttpResponseMessage imported = await client.PostAsync(new Uri("/api/import/fhir", UriKind.Relative), Fhir(bundle, "application/fhir+json"));

        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        JsonElement result = await JsonAsync(imported);
        Assert.True(result.GetProperty("imported").GetInt32() >= 1);
        Assert.Equal(result.GetProperty("imported").GetInt32(), result.GetProperty("unchanged").GetInt32());
    }

    [Fact]
    public async Task Import_GzipNdjsonWithAnEditedPatient_ReplacesHer()
    {
        HttpClient client = await StoredCaseAsync(5, "io-ndjson");
        string ndjson = await client.GetStringAsync(new Uri("/api/export/fhir", UriKind.Relative));
        string edited = string.Join('\n', ndjson.Split('\n').Select(line => line.Contains("\"io-ndjson\"", StringComparison.Ordinal) && line.StartsWith("{\"resourceType\":\"Patient\"", StringComparison.Ordinal)
            ? line.Replace("\"resourceType\":\"Patient\",", "\"resourceType\":\"Patient\",\"birthDate\":\"1980-01-01\",", StringComparison.Ordinal) : line));
        using var compressed = new MemoryStream();
        await using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            await gzip.WriteAsync(Encoding.UTF8.GetBytes(edited));
        }

        using var content = new ByteArrayContent(compressed.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/fhir+ndjson");
        content.Headers.ContentEncoding.Add("gzip");
        using HttpResponseMessage imported = await client.PostAsync(new Uri("/api/import/fhir", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.True((await JsonAsync(imported)).GetProperty("imported").GetInt32() >= 1);
    }

    [Fact]
    public async Task Import_OneObservationWithAnUnknownUnit_IsRejectedWithItsCodedProblem()
    {
        HttpClient client = await StoredCaseAsync(4, "io-bad");
        JsonObject bundle = JsonNode.Parse(await client.GetStringAsync(new Uri("/api/export/fhir?format=bundle", UriKind.Relative)))!.AsObject();
        JsonObject quantity = bundle["entry"]!.AsArray().Select(e => e!["resource"]!.AsObject())
            .First(r => (string?)r["resourceType"] == "Observation" && r["valueQuantity"] is JsonObject)["valueQuantity"]!.AsObject();
        quantity["code"] = "[furlong_i]";
        quantity["unit"] = "furlong";

        using HttpResponseMessage imported = await client.PostAsync(new Uri("/api/import/fhir", UriKind.Relative), Fhir(bundle.ToJsonString(), "application/fhir+json"));

        Assert.Equal(HttpStatusCode.BadRequest, imported.StatusCode);
        JsonElement problem = await ApiCalls.ProblemAsync(imported);
        Assert.StartsWith("FHIR-IMP-", problem.GetProperty("code").GetString(), StringComparison.Ordinal);
        Assert.NotEqual(0, problem.GetProperty("problems").GetArrayLength());
    }

    [Fact]
    public async Task Import_PlainText_Returns415()
    {
        HttpClient client = await host.ClientForAsync(Roles.Clinician);
        using HttpResponseMessage response = await client.PostAsync(new Uri("/api/import/fhir", UriKind.Relative), Fhir("hello", "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("WEB-API-007", (await ApiCalls.ProblemAsync(response)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task ResearchCsv_Researcher_GetsDeidentifiedRowsWithoutTheIds()
    {
        await StoredCaseAsync(3, "io-research-case");
        HttpClient researcher = await host.ClientForAsync(Roles.Researcher);

        using HttpResponseMessage response = await researcher.GetAsync(new Uri("/api/export/research-csv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        string csv = await response.Content.ReadAsStringAsync();
        Assert.True(csv.Split('\n').Length > 2);
        Assert.DoesNotContain("io-research-case", csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Researcher, "GET", "/api/export/fhir")] // identified export
    [InlineData(Roles.Researcher, "POST", "/api/import/fhir")] // writes
    [InlineData(Roles.Pharmacist, "POST", "/api/import/fhir")] // pharmacists record troughs and doses only
    public async Task Interop_RoleWithoutTheRight_Returns403(string role, string method, string path)
    {
        HttpClient client = await host.ClientForAsync(role);
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? Fhir("{}", "application/fhir+json") : null };
        using HttpResponseMessage response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
