using System.Net;
using System.Text.Json;
using LamTrack.Web.Identity;
using LamTrack.Web.Tests.Support;

namespace LamTrack.Web.Tests.Api;

public sealed class PatientListFilterTests(WebHostFixture host) : IClassFixture<WebHostFixture>
{
    private async Task<(HttpClient Client, string ETag)> StoredCase5Async(string id)
    {
        HttpClient client = await host.ClientForAsync(Roles.Clinician);
        return (client, await ApiCalls.CreateCaseAsync(client, 5, id));
    }

    private static async Task<string[]> IdsAsync(HttpClient client, string query)
    {
        using HttpResponseMessage response = await client.GetAsync(new Uri("/api/patients?" + query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using JsonDocument page = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. page.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];
    }

    private static async Task AddTroughAsync(HttpClient client, string patientId, string etag, string eventId, string date, double value)
    {
        using HttpResponseMessage added = await ApiCalls.PostEventAsync(client, patientId, ApiCalls.Trough(eventId, date, value), etag);
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
    }

    [Fact]
    public async Task List_OutOfWindowAndWarnings_FindThePatientOnlyOnceHerLastTroughIsAboveTheWindow()
    {
        (HttpClient client, string etag) = await StoredCase5Async("flt-window");
        const string Query = "search=flt-window&asOf=2018-01-15&";
        Assert.Empty(await IdsAsync(client, Query + "outOfWindow=true"));
        Assert.Empty(await IdsAsync(client, Query + "warnings=true"));

        await AddTroughAsync(client, "flt-window", etag, "flt-tr-high", "2018-01-10", 17.5);

        Assert.Equal(["flt-window"], await IdsAsync(client, Query + "outOfWindow=true"));
        Assert.Equal(["flt-window"], await IdsAsync(client, Query + "warnings=true"));
        Assert.Equal(["flt-window"], await IdsAsync(client, Query + "sirolimus=true&outOfWindow=true"));
    }

    [Fact]
    public async Task List_Overdue_DropsThePatientOnceANewTroughIsRecorded()
    {
        (HttpClient client, string etag) = await StoredCase5Async("flt-overdue");
        const string Query = "search=flt-overdue&asOf=2018-03-20&overdue=true";
        Assert.Equal(["flt-overdue"], await IdsAsync(client, Query));

        await AddTroughAsync(client, "flt-overdue", etag, "flt-tr-new", "2018-01-10", 7.0);

        Assert.Empty(await IdsAsync(client, Query));
    }

    [Fact]
    public async Task List_WorklistOrder_PutsThePatientWithAWarningFirst()
    {
        (HttpClient client, _) = await StoredCase5Async("flt-order-a");
        (_, string etag) = await StoredCase5Async("flt-order-b");
        Assert.Equal(["flt-order-a", "flt-order-b"], await IdsAsync(client, "search=flt-order&asOf=2018-01-15&sort=worklist"));

        await AddTroughAsync(client, "flt-order-b", etag, "flt-b-high", "2018-01-10", 17.5);

        Assert.Equal(["flt-order-b", "flt-order-a"], await IdsAsync(client, "search=flt-order&asOf=2018-01-15&sort=worklist"));
    }

    [Fact]
    public async Task List_UnreadableAsOf_Returns400()
    {
        HttpClient client = await host.ClientForAsync(Roles.Pharmacist);
        using HttpResponseMessage response = await client.GetAsync(new Uri("/api/patients?overdue=true&asOf=15/01/2018", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("WEB-API-005", (await ApiCalls.ProblemAsync(response)).GetProperty("code").GetString());
    }
}
