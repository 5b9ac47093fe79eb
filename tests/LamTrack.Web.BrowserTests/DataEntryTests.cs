using LamTrack.Application.Ports;
using LamTrack.Domain.Events;
using LamTrack.Web.Identity;
using Microsoft.Playwright;

namespace LamTrack.Web.BrowserTests;

[Collection(BrowserSuite.Name)]
public sealed class DataEntryTests(WebAppFixture app)
{
    [Fact]
    public async Task NewTrough_UnitOfTheWrongDimension_ShowsTheMessageNextToTheFieldAndSavesNothing()
    {
        PatientVersion before = await TestData.FindAsync(app.Services, "case-3");
        IPage page = await app.SignedInPageAsync(Roles.Clinician);
        await page.GotoAsync("patients/case-3/events/new/trough", new() { WaitUntil = WaitUntilState.NetworkIdle });
        await WebAppFixture.WaitForInteractiveAsync(page);

        await page.GetByLabel("Event id (required)").FillAsync("c3-web-bad");
        await page.GetByLabel("Date (required)").FillAsync("2018-02-20");
        await page.GetByLabel("Source (required)").FillAsync("Clinic letter");
        await page.GetByLabel("Value", new() { Exact = true }).FillAsync("not a number");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(page.Locator(".field.invalid .field-error").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[aria-invalid='true']").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert).First).ToContainTextAsync("Nothing was saved");
        await WebAppFixture.ScreenshotAsync(page, "data-entry-bad-input");
        PatientVersion after = await TestData.FindAsync(app.Services, "case-3");
        Assert.Equal(before.Version, after.Version);
        Assert.DoesNotContain(after.Patient.AllEvents, e => e.Id == "c3-web-bad");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task NewTrough_ValidForm_IsStoredAndShownOnThePatientPage()
    {
        IPage page = await app.SignedInPageAsync(Roles.Pharmacist);
        await page.GotoAsync("patients/case-5/events/new/trough", new() { WaitUntil = WaitUntilState.NetworkIdle });
        await WebAppFixture.WaitForInteractiveAsync(page);

        await page.GetByLabel("Event id (required)").FillAsync("c5-web-trough");
        await page.GetByLabel("Date (required)").FillAsync("2018-01-10");
        await page.GetByLabel("Source (required)").FillAsync("Clinic letter");
        await page.GetByLabel("Value", new() { Exact = true }).FillAsync("6.4");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("patients/case-5?saved=", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("g.tl-item[data-item='c5-web-trough']")).ToHaveCountAsync(1);
        PatientVersion stored = await TestData.FindAsync(app.Services, "case-5");
        TroughLevel trough = Assert.IsType<TroughLevel>(stored.Patient.AllEvents.Single(e => e.Id == "c5-web-trough"));
        Assert.Equal(6.4, trough.Result.Value!.Value.ToNanogramsPerMillilitre(), 6);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task EditEvent_SomeoneSavedFirst_ShowsTheConflictAndWhatChangedAndOverwritesNothing()
    {
        IPage page = await app.SignedInPageAsync(Roles.Clinician);
        await page.GotoAsync("patients/case-1/events/c1-ptx1/edit", new() { WaitUntil = WaitUntilState.NetworkIdle });
        await WebAppFixture.WaitForInteractiveAsync(page);
        PatientVersion opened = await TestData.FindAsync(app.Services, "case-1");
        var episode = (PneumothoraxEpisode)opened.Patient.Events.Single(e => e.Id == "c1-ptx1");
        var theirs = TestData.WithEvent(opened.Patient, episode with { ManagedAt = "another hospital" });
        await TestData.UpdateBehindTheBrowserAsync(app.Services, theirs, opened.Version);

        await page.GetByLabel("Managed at").FillAsync("our clinic");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        ILocator conflict = page.Locator("section.conflict");
        await Assertions.Expect(conflict).ToContainTextAsync("Someone saved this record first");
        await Assertions.Expect(conflict).ToContainTextAsync("another hospital");
        await WebAppFixture.ScreenshotAsync(page, "data-entry-conflict");
        PatientVersion now = await TestData.FindAsync(app.Services, "case-1");
        Assert.Equal("another hospital", ((PneumothoraxEpisode)now.Patient.Events.Single(e => e.Id == "c1-ptx1")).ManagedAt);
        Assert.Equal(opened.Version + 1, now.Version);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task NewLab_UnitOfTheWrongDimension_ShowsTheMessageNextToTheUnitAndSavesNothing()
    {
        PatientVersion before = await TestData.FindAsync(app.Services, "case-2");
        IPage page = await app.SignedInPageAsync(Roles.Clinician);
        await page.GotoAsync("patients/case-2/events/new/lab", new() { WaitUntil = WaitUntilState.NetworkIdle });
        await WebAppFixture.WaitForInteractiveAsync(page);

        await page.GetByLabel("Event id (required)").FillAsync("c2-web-vegf");
        await page.GetByLabel("Date (required)").FillAsync("2017-01-20");
        await page.GetByLabel("Source (required)").FillAsync("Clinic letter");
        await page.GetByLabel("Analyte (required)").SelectOptionAsync("vegfD");
        await page.GetByLabel("Value (required)").FillAsync("820");
        await page.GetByLabel("Unit", new() { Exact = true }).SelectOptionAsync("mm[Hg]");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(page.Locator(".field.invalid #f-value-unit-error")).ToContainTextAsync("PF-006");
        await Assertions.Expect(page.Locator("#f-value-unit")).ToHaveAttributeAsync("aria-invalid", "true");
        PatientVersion after = await TestData.FindAsync(app.Services, "case-2");
        Assert.Equal(before.Version, after.Version);
        Assert.DoesNotContain(after.Patient.AllEvents, e => e.Id == "c2-web-vegf");
        await page.Context.CloseAsync();
    }
}
