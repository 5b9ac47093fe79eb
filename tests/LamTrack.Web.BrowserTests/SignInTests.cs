using LamTrack.Web.Identity;
using Microsoft.Playwright;

namespace LamTrack.Web.BrowserTests;

[Collection(BrowserSuite.Name)]
public sealed class SignInTests(WebAppFixture app)
{
    [Fact]
    public async Task SignIn_Clinician_ReachesThePatientList()
    {
        IPage page = await app.SignedInPageAsync(Roles.Clinician);

        await page.GotoAsync("patients");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Patients", Level = 1 })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SignIn_WrongPassword_StaysOnTheSignInPageWithAMessage()
    {
        IBrowserContext context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString() });
        IPage page = await context.NewPageAsync();

        await page.GotoAsync("account/login");
        await page.GetByLabel("Email").FillAsync(WebAppFixture.Email(Roles.Clinician));
        await page.GetByLabel("Password").FillAsync("not-the-password-at-all");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        Assert.Contains("account/login", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await context.CloseAsync();
    }
}
