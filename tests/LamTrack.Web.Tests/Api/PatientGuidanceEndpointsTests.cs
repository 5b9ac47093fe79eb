using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using LamTrack.Testing;
using LamTrack.Web.Identity;
using LamTrack.Web.Tests.Support;

namespace LamTrack.Web.Tests.Api;

public sealed class PatientGuidanceEndpointsTests(WebHostFixture host) : IClassFixture<WebHostFixture>
{
    private async Task<HttpClient> StoredCase5Async(string id)
    {
        HttpClient client = await host.ClientForAsync(Roles.Clinician);
        JsonObject patient = CaseSeriesData.Json(5);
        patient["id"] = id;
        using HttpResponseMessage created = await client.PostAsync(new Uri("/api/patients", UriKind.Relative), ApiCalls.Json(patient));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return client;
    }

    [Fact]
    public async Task Findings_AsOfDate_ReturnsTheAdviceForThatDay()
    {
        HttpClient client = await StoredCase5Async("web-findings");
        using JsonDocument advice = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/patients/web-findings/findings?asOf=2017-12-31", UriKind.Relative)));
        Assert.Equal("2017-12-31", advice.RootElement.GetProperty("asOf").GetString());
        Assert.Equal(JsonValueKind.Array, advice.RootElement.GetProperty("findings").ValueKind);
    }

    [Fact]
    public async Task Findings_UnreadableDate_Returns400()
    {
        HttpClient client = await StoredCase5Async("web-findings-bad");
        using HttpResponseMessage response = await client.GetAsync(new Uri("/api/patients/web-findings-bad/findings?asOf=31.12.2017", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task DoseProposal_UnknownPatient_Returns404()
    {
        HttpClient client = await host.ClientForAsync(Roles.Pharmacist);
        using HttpResponseMessage response = await client.PostAsync(new Uri("/api/patients/nobody/dose-proposal", UriKind.Relative), ApiCalls.Json("{\"target\":\"5-15\"}"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task DoseProposal_Researcher_Returns403()
    {
        HttpClient client = await host.ClientForAsync(Roles.Researcher);
        using HttpResponseMessage response = await client.PostAsync(new Uri("/api/patients/anyone/dose-proposal", UriKind.Relative), ApiCalls.Json("{}"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task DoseProposal_StoredCase_ReturnsRegimensForThatPatient()
    {
        HttpClient client = await StoredCase5Async("web-dose");
        using HttpResponseMessage response = await client.PostAsync(new Uri("/api/patients/web-dose/dose-proposal", UriKind.Relative),
            ApiCalls.Json("{\"target\":\"5-15\",\"decisionDate\":\"2017-12-01\"}"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using JsonDocument report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("web-dose", report.RootElement.GetProperty("patientId").GetString());
        Assert.True(report.RootElement.GetProperty("regimens").GetArrayLength() > 0);
    }
}
