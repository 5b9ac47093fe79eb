using System.Net;
using LamTrack.Web.Identity;
using Microsoft.Playwright;

namespace LamTrack.Web.BrowserTests;

[Collection(BrowserSuite.Name)]
public sealed class ResearcherTests(WebAppFixture app)
{
    [Fact]
    public async Task Researcher_IdentifiedPatientPage_IsDeniedAndShowsNoPatientData()
    {
        IPage page = await app.SignedInPageAsync(Roles.Researcher);

        await page.GotoAsync("patients/case-4");

        Assert.Contains("account/denied", page.Url, StringComparison.Ordinal);
        string text = await page.Locator("body").InnerTextAsync();
        Assert.DoesNotContain("Case 4", text, StringComparison.Ordinal);
        Assert.DoesNotContain("case-4", text.Replace(page.Url, string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Researcher_IdentifiedApiResource_Is403()
    {
        IPage page = await app.SignedInPageAsync(Roles.Researcher);

        IAPIResponse response = await page.APIRequest.GetAsync("api/patients/case-4");

        Assert.Equal((int)HttpStatusCode.Forbidden, response.Status);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Researcher_CohortDashboard_ShowsPooledResultsButNoLabelOrId()
    {
        IPage page = await app.SignedInPageAsync(Roles.Researcher);

        await page.GotoAsync("cohort", new() { WaitUntil = WaitUntilState.NetworkIdle });

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Pneumothorax rates before, on and after sirolimus" })).ToBeVisibleAsync();
        string text = await page.Locator("main").InnerTextAsync();
        foreach (string identifying in new[] { "Case 1", "Case 4", "case-1", "case-4" })
        {
            Assert.DoesNotContain(identifying, text, StringComparison.Ordinal);
        }

        await page.Context.CloseAsync();
    }
}
