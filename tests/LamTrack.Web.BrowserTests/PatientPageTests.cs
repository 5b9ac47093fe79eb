using LamTrack.Web.Identity;
using Microsoft.Playwright;

namespace LamTrack.Web.BrowserTests;

[Collection(BrowserSuite.Name)]
public sealed class PatientPageTests(WebAppFixture app)
{
    [Fact]
    public async Task OpenCase_FromTheList_ShowsItsTimelineWithFocusableItemsAndTheirSource()
    {
        IPage page = await app.SignedInPageAsync(Roles.Clinician);
        await page.GotoAsync("patients");

        await page.GetByRole(AriaRole.Link, new() { Name = "Case 4", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Timeline" })).ToBeVisibleAsync();
        ILocator censored = page.Locator("g.tl-item[data-item='c4-tr2']");
        await Assertions.Expect(censored).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("> 15 ng/mL"));
        await WebAppFixture.WaitForInteractiveAsync(page);
        await censored.FocusAsync();
        await Assertions.Expect(page.Locator(".chart-detail")).ToContainTextAsync("Case 4 narrative");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task PatientList_Search_FindsOnlyTheMatchingCase()
    {
        IPage page = await app.SignedInPageAsync(Roles.Clinician);

        await page.GotoAsync("patients?q=case-2");

        await Assertions.Expect(page.Locator("table.patients tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("table.patients tbody")).ToContainTextAsync("case-2");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task PatientPage_Case4_ShowsItsFindingsWithSeverityActionAndSource()
    {
        IPage page = await app.SignedInPageAsync(Roles.Clinician);

        await page.GotoAsync("patients/case-4");

        ILocator first = page.Locator("section.patient-findings li.finding").First;
        await Assertions.Expect(first.Locator(".severity")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("critical|warning|consider|info"));
        await Assertions.Expect(first.Locator(".finding-action")).ToContainTextAsync("Action:");
        await Assertions.Expect(first.Locator(".finding-citation")).ToContainTextAsync("Source:");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task PatientList_TroughOutOfWindowFilter_KeepsCase4AndDropsCase5()
    {
        IPage page = await app.SignedInPageAsync(Roles.Pharmacist);

        await page.GotoAsync("patients?outofwindow=true&sort=worklist");

        ILocator rows = page.Locator("table.patients tbody");
        await Assertions.Expect(rows).ToContainTextAsync("case-4");
        await Assertions.Expect(rows).Not.ToContainTextAsync("case-5");
        await Assertions.Expect(page.Locator("table.patients thead")).ToContainTextAsync("Most severe finding");
        await WebAppFixture.ScreenshotAsync(page, "patient-list-worklist");
        await AccessibilityAssert.NoSeriousViolationsAsync(page);
        await page.Context.CloseAsync();
    }
}
