using LamTrack.Application.Ports;
using LamTrack.Domain.Events;
using LamTrack.Web.Identity;
using Microsoft.Playwright;

namespace LamTrack.Web.BrowserTests;

[Collection(BrowserSuite.Name)]
public sealed class TroughWorkspaceTests(WebAppFixture app)
{
    [Fact]
    public async Task NewTrough_AboveTheWindow_ShowsItsFindingAndForecastAndAcceptingRecordsTheDoseChange()
    {
        PatientVersion before = await TestData.FindAsync(app.Services, "case-3");
        IPage page = await app.SignedInPageAsync(Roles.Pharmacist);
        await page.GotoAsync("patients/case-3", new() { WaitUntil = WaitUntilState.NetworkIdle });
        await page.GetByRole(AriaRole.Link, new() { Name = "Trough workspace" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("patients/case-3/trough", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Trough workspace", Level = 1 })).ToBeVisibleAsync();
        await WebAppFixture.WaitForInteractiveAsync(page);

        await page.GetByLabel("Trough value").FillAsync("17.5");
        await page.GetByLabel("Drawn at (date and time)").FillAsync("2018-01-12T07:50");
        await page.GetByLabel("Last dose taken at (date and time)").FillAsync("2018-01-11T08:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the level" }).ClickAsync();

        ILocator interpretation = page.Locator("section.interpretation");
        await Assertions.Expect(interpretation).ToContainTextAsync("Saved as tr-20180112-0750");
        await Assertions.Expect(interpretation.Locator("li.finding[data-rule='LAM-TRO-003']")).ToContainTextAsync("above");
        await Assertions.Expect(page.Locator("figure.forecast g.observation title", new() { HasText = "2018-01-12: 17.5 ng/mL" })).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("figure.forecast path.forecast-band")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".next-trough")).ToContainTextAsync("Next level");
        await WebAppFixture.ScreenshotAsync(page, "trough-workspace");
        await AccessibilityAssert.NoSeriousViolationsAsync(page);
        PatientVersion saved = await TestData.FindAsync(app.Services, "case-3");
        Assert.Equal(before.Version + 1, saved.Version);
        TroughLevel trough = Assert.IsType<TroughLevel>(saved.Patient.AllEvents.Single(e => e.Id == "tr-20180112-0750"));
        Assert.Equal(17.5, trough.Result.Value!.Value.ToNanogramsPerMillilitre(), 6);

        ILocator best = page.Locator("table.dose-options tbody tr").First;
        string regimen = await best.Locator("th").InnerTextAsync();
        await best.GetByRole(AriaRole.Button).ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("patients/case-3?saved=", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("g.tl-item[data-item='dc-20180112']")).ToHaveCountAsync(1);
        PatientVersion accepted = await TestData.FindAsync(app.Services, "case-3");
        DoseChange change = Assert.IsType<DoseChange>(accepted.Patient.AllEvents.Single(e => e.Id == "dc-20180112"));
        Assert.Contains(regimen, change.Reason, StringComparison.Ordinal);
        Assert.True(change.NewDose.ToMilligramsPerDay() < 2, "a trough above the window proposes less than the 2 mg/day in force");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task NewTrough_CensoredWithoutItsLimit_ShowsTheMessageNextToTheLimitAndSavesNothing()
    {
        PatientVersion before = await TestData.FindAsync(app.Services, "case-1");
        IPage page = await app.SignedInPageAsync(Roles.Pharmacist);
        await page.GotoAsync("patients/case-1/trough", new() { WaitUntil = WaitUntilState.NetworkIdle });
        await WebAppFixture.WaitForInteractiveAsync(page);

        await page.GetByLabel("Result").SelectOptionAsync("below");
        await page.GetByLabel("Drawn at (date and time)").FillAsync("2017-06-01T08:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the level" }).ClickAsync();

        await Assertions.Expect(page.Locator(".field.invalid #t-limit-error")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert).First).ToContainTextAsync("Nothing was saved");
        PatientVersion after = await TestData.FindAsync(app.Services, "case-1");
        Assert.Equal(before.Version, after.Version);
        await page.Context.CloseAsync();
    }
}
