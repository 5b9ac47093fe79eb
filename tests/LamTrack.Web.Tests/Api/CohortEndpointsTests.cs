using System.Net;
using System.Text.Json;
using LamTrack.Web.Components.Pages.Dashboard;
using LamTrack.Web.Identity;
using LamTrack.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LamTrack.Web.Tests.Api;

public sealed class CohortEndpointsTests(WebHostFixture host) : IClassFixture<WebHostFixture>
{
    private static async Task<JsonElement> AnalysisAsync(HttpClient client)
    {
        using HttpResponseMessage response = await client.GetAsync(new Uri("/api/cohort/analysis", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using JsonDocument document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    [Fact]
    public async Task Analysis_AfterAPatientIsAdded_CountsHerAndTable1HasHerColumn()
    {
        HttpClient client = await host.ClientForAsync(Roles.Clinician);
        await ApiCalls.CreateCaseAsync(client, 5, "cohort-first");
        int before = (await AnalysisAsync(client)).GetProperty("data").GetProperty("patients").GetInt32();
        using HttpResponseMessage t = await client.GetAsync(new Uri("/api/cohort/table1", UriKind.Relative));
        string body = await t.Content.ReadAsStringAsync();
        Assert.True(t.IsSuccessStatusCode, body);
        int columnsBefore = body.Split('\n')[0].Split(',').Length;

        await ApiCalls.CreateCaseAsync(client, 4, "cohort-added");

        JsonElement after = await AnalysisAsync(client);
        Assert.Equal(before + 1, after.GetProperty("data").GetProperty("patients").GetInt32());
        Assert.Contains(after.GetProperty("patients").EnumerateArray(), p => p.ToString().Contains("cohort-added", StringComparison.Ordinal));
        string table1 = await client.GetStringAsync(new Uri("/api/cohort/table1", UriKind.Relative));
        Assert.Equal(columnsBefore + 1, table1.Split('\n')[0].Split(',').Length);
    }

    [Fact]
    public async Task Analysis_Researcher_GetsThePooledFiguresWithoutThePerPatientSection()
    {
        HttpClient clinician = await host.ClientForAsync(Roles.Clinician);
        HttpClient researcher = await host.ClientForAsync(Roles.Researcher);

        JsonElement identified = await AnalysisAsync(clinician);
        JsonElement deidentified = await AnalysisAsync(researcher);

        Assert.True(identified.TryGetProperty("patients", out _));
        Assert.False(deidentified.TryGetProperty("patients", out _));
        Assert.Equal(0, deidentified.GetProperty("data").GetProperty("skipped").GetArrayLength());
        Assert.Equal(JsonSerializer.Serialize(identified.GetProperty("pooled")), JsonSerializer.Serialize(deidentified.GetProperty("pooled")));
    }

    [Fact]
    public async Task Analysis_ServerStops_ItsDocumentFileIsDeleted()
    {
        string file;
        using (var server = new WebHostFixture())
        {
            HttpClient client = await server.ClientForAsync(Roles.Clinician);
            await ApiCalls.CreateCaseAsync(client, 5, "cohort-file");
            await AnalysisAsync(client);
            file = (await server.Services.GetRequiredService<CohortDashboardSource>().GetAsync(CancellationToken.None)).DocumentFile;
            Assert.True(File.Exists(file));
        }

        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task KaplanMeier_Researcher_GetsTheFigureAsSvgAndPng()
    {
        HttpClient clinician = await host.ClientForAsync(Roles.Clinician);
        await ApiCalls.CreateCaseAsync(clinician, 5, "cohort-km");
        HttpClient researcher = await host.ClientForAsync(Roles.Researcher);

        using HttpResponseMessage svg = await researcher.GetAsync(new Uri("/api/cohort/kaplan-meier.svg", UriKind.Relative));
        using HttpResponseMessage png = await researcher.GetAsync(new Uri("/api/cohort/kaplan-meier.png", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, svg.StatusCode);
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<svg", await svg.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, png.StatusCode);
        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], (await png.Content.ReadAsByteArrayAsync())[..4]);
    }
}
