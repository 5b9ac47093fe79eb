using LamTrack.Web.Identity;
using Microsoft.Playwright;

namespace LamTrack.Web.BrowserTests;

/// <summary>Every main page renders, passes axe with no serious or critical violation, and is kept as a screenshot.</summary>
[Collection(BrowserSuite.Name)]
public sealed class MainPagesTests(WebAppFixture app)
{
    public static TheoryData<string, string, string> MainPages => new()
    {
        { Roles.Clinician, "patients", "patient-list" },
        { Roles.Clinician, "patients/case-4", "patient-page" },
        { Roles.Clinician, "patients/case-4/events/new/trough", "data-entry-trough" },
        { Roles.Pharmacist, "patients/case-5/trough", "trough-workspace-case-5" },
        { Roles.Pharmacist, "patients?warnings=true&sort=worklist", "patient-list-warnings" },
        { Roles.Clinician, "cohort", "cohort-dashboard" },
        { Roles.Clinician, "import-export", "import-export" },
        { Roles.Researcher, "cohort", "cohort-dashboard-researcher" },
    };

    [Theory]
    [MemberData(nameof(MainPages))]
    public async Task MainPage_Renders_HasNoSeriousAccessibilityViolation(string role, string path, string name)
    {
        IPage page = await app.SignedInPageAsync(role);

        IResponse? response = await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });

        Assert.Equal(200, response?.Status);
        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
        await WebAppFixture.ScreenshotAsync(page, name);
        await AccessibilityAssert.NoSeriousViolationsAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SignInPage_HasNoSeriousAccessibilityViolation()
    {
        IBrowserContext context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString() });
        IPage page = await context.NewPageAsync();

        await page.GotoAsync("account/login");

        await WebAppFixture.ScreenshotAsync(page, "sign-in");
        await AccessibilityAssert.NoSeriousViolationsAsync(page);
        await context.CloseAsync();
    }
}
