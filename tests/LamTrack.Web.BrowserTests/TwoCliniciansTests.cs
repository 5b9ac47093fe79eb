using LamTrack.Application.Ports;
using LamTrack.Domain.Events;
using LamTrack.Web.Identity;
using Microsoft.Playwright;

namespace LamTrack.Web.BrowserTests;

/// <summary>Two clinicians, each signed in in a browser context of their own, edit the same event of one patient.</summary>
[Collection(BrowserSuite.Name)]
public sealed class TwoCliniciansTests(WebAppFixture app)
{
    private const string EditForm = "patients/case-2/events/c2-ptx1/edit";

    [Fact]
    public async Task EditEvent_TwoCliniciansSaveTheSameEvent_TheSecondSeesTheConflictAndTheFirstSaveStays()
    {
        PatientVersion opened = await TestData.FindAsync(app.Services, "case-2");
        IPage first = await OpenEditFormAsync(WebAppFixture.Email(Roles.Clinician));
        IPage second = await OpenEditFormAsync(WebAppFixture.SecondClinicianEmail);
        Assert.NotSame(first.Context, second.Context);

        await first.GetByLabel("Managed at").FillAsync("Chest clinic, first clinician");
        await first.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await first.WaitForURLAsync(url => url.Contains("patients/case-2?saved=", StringComparison.Ordinal));

        await second.GetByLabel("Managed at").FillAsync("Ward 7, second clinician");
        await second.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        ILocator conflict = second.Locator("section.conflict");
        await Assertions.Expect(conflict).ToContainTextAsync("Someone saved this record first");
        await Assertions.Expect(conflict).ToContainTextAsync("managedAt");
        await Assertions.Expect(conflict).ToContainTextAsync("Chest clinic, first clinician");
        // The second clinician's entry stays in the form, to be entered again on the reloaded record.
        await Assertions.Expect(second.GetByLabel("Managed at")).ToHaveValueAsync("Ward 7, second clinician");
        await WebAppFixture.ScreenshotAsync(second, "two-clinicians-conflict");
        PatientVersion now = await TestData.FindAsync(app.Services, "case-2");
        var episode = (PneumothoraxEpisode)now.Patient.Events.Single(e => e.Id == "c2-ptx1");
        Assert.Equal("Chest clinic, first clinician", episode.ManagedAt);
        Assert.Equal(opened.Version + 1, now.Version);
        await first.Context.CloseAsync();
        await second.Context.CloseAsync();
    }

    private async Task<IPage> OpenEditFormAsync(string email)
    {
        IPage page = await app.SignedInPageAsAsync(email);
        await page.GotoAsync(EditForm, new() { WaitUntil = WaitUntilState.NetworkIdle });
        await WebAppFixture.WaitForInteractiveAsync(page);
        return page;
    }
}
