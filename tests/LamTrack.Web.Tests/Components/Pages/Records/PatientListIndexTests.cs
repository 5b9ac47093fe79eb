using System.Net;
using System.Text.Json;
using LamTrack.Application.Ports;
using LamTrack.Domain.Patients;
using LamTrack.Testing;
using LamTrack.Web.Identity;
using LamTrack.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LamTrack.Web.Tests.Components.Pages.Records;

public sealed class PatientListIndexTests(WebHostFixture host) : IClassFixture<WebHostFixture>
{
    private static async Task<string[]> IdsAsync(HttpClient client, string query)
    {
        using HttpResponseMessage response = await client.GetAsync(new Uri("/api/patients?" + query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using JsonDocument page = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. page.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];
    }

    private async Task<IPatientStore> WriterAsync() =>
        await host.Services.GetRequiredService<IPatientStoreFactory>().OpenAsync(new StoreOpenRequest(null, StoreAccess.ReadWrite, "outside-the-web"), CancellationToken.None);

    [Fact]
    public async Task List_PatientWrittenOutsideTheWebApplication_AppearsAndChangesWithTheStore()
    {
        HttpClient client = await host.ClientForAsync(Roles.Clinician);
        Assert.Empty(await IdsAsync(client, "search=idx-outside"));
        IPatientStore store = await WriterAsync();
        Patient case5 = CaseSeriesData.LoadAll()[4];

        // Written as the command line writes, with no web request to mark the cohort changed: only the store's own
        // change history tells the list's index.
        await store.CreateAsync(new Patient("idx-outside", case5.Document, case5.Events) { Label = "Outside A" }, CancellationToken.None);
        Assert.Equal(["idx-outside"], await IdsAsync(client, "search=idx-outside"));
        await store.UpdateAsync(new Patient("idx-outside", case5.Document, case5.Events) { Label = "Renamed B" }, 1, CancellationToken.None);

        Assert.Equal(["idx-outside"], await IdsAsync(client, "search=Renamed B"));
        Assert.Empty(await IdsAsync(client, "search=Outside A"));
    }

    [Fact]
    public async Task List_TwoDatesInTurn_EachShowsItsOwnFindings()
    {
        HttpClient client = await host.ClientForAsync(Roles.Clinician);
        await ApiCalls.CreateCaseAsync(client, 5, "idx-dates");

        string[] overdueLater = await IdsAsync(client, "search=idx-dates&asOf=2018-03-20&overdue=true");
        string[] overdueEarlier = await IdsAsync(client, "search=idx-dates&asOf=2017-12-02&overdue=true");

        Assert.Equal(["idx-dates"], overdueLater);
        Assert.Empty(overdueEarlier);
        Assert.Equal(["idx-dates"], await IdsAsync(client, "search=idx-dates&asOf=2018-03-20&overdue=true"));
    }
}
