using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using LamTrack.Testing;
using LamTrack.Web.Identity;
using LamTrack.Web.Tests.Support;
using Microsoft.Data.Sqlite;

namespace LamTrack.Web.Tests.Api;

public sealed class PatientEndpointsTests(WebHostFixture host) : IClassFixture<WebHostFixture>
{
    private async Task<(HttpClient Client, string ETag)> StoredCaseAsync(int caseNumber, string id)
    {
        HttpClient client = await host.ClientForAsync(Roles.Clinician);
        JsonObject patient = CaseSeriesData.Json(caseNumber);
        patient["id"] = id;
        using HttpResponseMessage created = await client.PostAsync(new Uri("/api/patients", UriKind.Relative), ApiCalls.Json(patient));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (client, created.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task Create_ThenGet_ReturnsThePatientFileWithVersionOne()
    {
        (HttpClient client, string etag) = await StoredCaseAsync(5, "web-get");
        Assert.Equal("\"1\"", etag);
        using HttpResponseMessage response = await client.GetAsync(new Uri("/api/patients/web-get", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"1\"", response.Headers.ETag!.Tag);
        JsonNode body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("web-get", (string?)body["id"]);
        Assert.Contains(body["events"]!.AsArray(), e => (string?)e!["id"] == "c5-tr2");
    }

    [Fact]
    public async Task Get_UnknownPatient_Returns404WithCode()
    {
        HttpClient client = await host.ClientForAsync(Roles.Pharmacist);
        using HttpResponseMessage response = await client.GetAsync(new Uri("/api/patients/nobody", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("APP-002", (await ApiCalls.ProblemAsync(response)).GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("/api/patients")]
    [InlineData("/api/patients/anyone")]
    [InlineData("/api/cohort/table1")]
    public async Task IdentifiedResource_Researcher_Returns403(string path)
    {
        HttpClient client = await host.ClientForAsync(Roles.Researcher);
        using HttpResponseMessage response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Patients_NoCredentials_Returns401()
    {
        using HttpClient client = host.Anonymous();
        using HttpResponseMessage response = await client.GetAsync(new Uri("/api/patients", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Create_MalformedJson_Returns400WithPositionAndStoresNothing()
    {
        HttpClient client = await host.ClientForAsync(Roles.Clinician);
        using HttpResponseMessage response = await client.PostAsync(new Uri("/api/patients", UriKind.Relative),
            ApiCalls.Json("{\"id\": \"broken\",\n \"events\": [ {\"type\": } ]}"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        JsonElement problem = await ApiCalls.ProblemAsync(response);
        Assert.Equal("WEB-API-001", problem.GetProperty("code").GetString());
        Assert.Contains("line 2", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        using HttpResponseMessage stored = await client.GetAsync(new Uri("/api/patients/broken", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, stored.StatusCode);
    }

    [Fact]
    public async Task Create_InvalidField_Returns400WithTheReadersCodeAndStoresNothing()
    {
        HttpClient client = await host.ClientForAsync(Roles.Clinician);
        JsonObject patient = CaseSeriesData.Json(3);
        patient["id"] = "bad-dose";
        JsonObject sirolimus = patient["events"]!.AsArray().Select(e => e!.AsObject()).First(e => (string?)e["type"] == "sirolimus");
        sirolimus["dose"] = new JsonObject { ["value"] = 2, ["unit"] = "mmHg" };
        using HttpResponseMessage response = await client.PostAsync(new Uri("/api/patients", UriKind.Relative), ApiCalls.Json(patient));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        JsonElement problem = await ApiCalls.ProblemAsync(response);
        Assert.StartsWith("PF-", problem.GetProperty("code").GetString(), StringComparison.Ordinal);
        JsonElement first = problem.GetProperty("problems")[0];
        Assert.Contains("dose", first.GetProperty("location").GetProperty("field").GetString(), StringComparison.Ordinal);
        using HttpResponseMessage stored = await client.GetAsync(new Uri("/api/patients/bad-dose", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, stored.StatusCode);
    }

    [Fact]
    public async Task Create_SameIdTwice_Returns409()
    {
        (HttpClient client, _) = await StoredCaseAsync(2, "web-twice");
        JsonObject again = CaseSeriesData.Json(2);
        again["id"] = "web-twice";
        using HttpResponseMessage response = await client.PostAsync(new Uri("/api/patients", UriKind.Relative), ApiCalls.Json(again));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Create_BodyOverTheLimit_Returns413()
    {
        HttpClient client = await host.ClientForAsync(Roles.Clinician);
        string huge = "{\"id\":\"huge\",\"notes\":\"" + new string('x', 1_100_000) + "\"}";
        using HttpResponseMessage response = await client.PostAsync(new Uri("/api/patients", UriKind.Relative), ApiCalls.Json(huge));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("WEB-API-002", (await ApiCalls.ProblemAsync(response)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task AddEvent_CurrentVersion_IsStoredAuditedWithTheUserIdAndBumpsTheETag()
    {
        (HttpClient client, string etag) = await StoredCaseAsync(5, "web-event");
        using HttpResponseMessage response = await ApiCalls.PostEventAsync(client, "web-event", ApiCalls.Trough("web-tr3", "2017-12-10", 6.1), etag);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag!.Tag);
        string read = await client.GetStringAsync(new Uri("/api/patients/web-event", UriKind.Relative));
        Assert.Contains("web-tr3", read, StringComparison.Ordinal);
        string clinicianId = (await host.UserIdAsync(Roles.Clinician))!;
        Assert.Equal(clinicianId, LatestAuditActor("web-event"));
    }

    [Fact]
    public async Task AddEvent_StaleVersion_Returns412AndWritesNothing()
    {
        (HttpClient client, string etag) = await StoredCaseAsync(5, "web-stale");
        using HttpResponseMessage first = await ApiCalls.PostEventAsync(client, "web-stale", ApiCalls.Trough("web-a", "2017-12-10", 6.1), etag);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        using HttpResponseMessage second = await ApiCalls.PostEventAsync(client, "web-stale", ApiCalls.Trough("web-b", "2017-12-20", 6.5), etag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, second.StatusCode);
        Assert.Equal("STORE-001", (await ApiCalls.ProblemAsync(second)).GetProperty("code").GetString());
        string read = await client.GetStringAsync(new Uri("/api/patients/web-stale", UriKind.Relative));
        Assert.DoesNotContain("web-b", read, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddEvent_NoIfMatch_Returns428()
    {
        (HttpClient client, _) = await StoredCaseAsync(5, "web-noversion");
        using HttpResponseMessage response = await ApiCalls.PostEventAsync(client, "web-noversion", ApiCalls.Trough("web-x", "2017-12-10", 6.1), null);
        Assert.Equal(HttpStatusCode.PreconditionRequired, response.StatusCode);
    }

    [Fact]
    public async Task AddEvent_BadUnit_Returns400WithPointerIntoTheBody()
    {
        (HttpClient client, string etag) = await StoredCaseAsync(5, "web-badunit");
        JsonObject trough = ApiCalls.Trough("web-bad", "2017-12-10", 6.1);
        trough["result"]!["unit"] = "mmHg";
        using HttpResponseMessage response = await ApiCalls.PostEventAsync(client, "web-badunit", trough, etag);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        JsonElement location = (await ApiCalls.ProblemAsync(response)).GetProperty("problems")[0].GetProperty("location");
        Assert.StartsWith("/result", location.GetProperty("jsonPointer").GetString(), StringComparison.Ordinal);
        using HttpResponseMessage read = await client.GetAsync(new Uri("/api/patients/web-badunit", UriKind.Relative));
        Assert.Equal("\"1\"", read.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task AddEvent_PharmacistTrough_IsStored_ButOtherEventsAre403()
    {
        (_, string etag) = await StoredCaseAsync(5, "web-pharm");
        HttpClient pharmacist = await host.ClientForAsync(Roles.Pharmacist);
        using HttpResponseMessage trough = await ApiCalls.PostEventAsync(pharmacist, "web-pharm", ApiCalls.Trough("web-ph", "2017-12-10", 6.1), etag);
        Assert.Equal(HttpStatusCode.Created, trough.StatusCode);
        JsonObject followUp = new() { ["type"] = "followUp", ["id"] = "web-fu", ["date"] = new JsonObject { ["value"] = "2017-12-11" }, ["source"] = "api" };
        using HttpResponseMessage other = await ApiCalls.PostEventAsync(pharmacist, "web-pharm", followUp, trough.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
    }

    [Fact]
    public async Task List_Search_FindsByIdAndPages()
    {
        (HttpClient client, _) = await StoredCaseAsync(1, "web-list-a");
        await StoredCaseAsync(3, "web-list-b");
        using JsonDocument page = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/patients?search=web-list&limit=1", UriKind.Relative)));
        Assert.Equal(2, page.RootElement.GetProperty("total").GetInt32());
        Assert.Equal("web-list-a", page.RootElement.GetProperty("items")[0].GetProperty("id").GetString());
    }

    private string? LatestAuditActor(string patientId)
    {
        using var connection = new SqliteConnection($"Data Source={host.DatabasePath}");
        connection.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "SELECT Actor FROM AuditEntries WHERE EntityKey = $key ORDER BY Id DESC LIMIT 1";
        command.Parameters.AddWithValue("$key", patientId);
        return command.ExecuteScalar() as string;
    }
}
