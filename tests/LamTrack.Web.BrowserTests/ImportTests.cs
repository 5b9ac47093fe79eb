using System.Text.Json.Nodes;
using LamTrack.Testing;
using LamTrack.Web.Identity;
using Microsoft.Playwright;

namespace LamTrack.Web.BrowserTests;

[Collection(BrowserSuite.Name)]
public sealed class ImportTests(WebAppFixture app)
{
    [Fact]
    public async Task ImportCohort_OneBadRecord_ListsItsProblemAndImportsTheOthers()
    {
        JsonObject good = CaseSeriesData.Json(2);
        good["id"] = "imported-good";
        JsonObject bad = CaseSeriesData.Json(3);
        bad["id"] = "imported-bad";
        CaseSeriesData.Event(bad, "c3-6mwt")["distance"] = new JsonObject { ["value"] = 420, ["unit"] = "mm[Hg]" };
        string path = Path.Combine(Path.GetTempPath(), $"lamtrack-import-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllTextAsync(path, good.ToJsonString() + "\n" + bad.ToJsonString() + "\n");
        IPage page = await app.SignedInPageAsync(Roles.Clinician);
        await page.GotoAsync("import-export", new() { WaitUntil = WaitUntilState.NetworkIdle });
        await WebAppFixture.WaitForInteractiveAsync(page);

        await page.GetByLabel("File to import").SetInputFilesAsync(path);

        ILocator problems = page.Locator("table.problems");
        await Assertions.Expect(problems).ToContainTextAsync("imported-bad");
        await Assertions.Expect(problems).ToContainTextAsync("distance");
        await Assertions.Expect(page.GetByText("1 record(s) imported")).ToBeVisibleAsync();
        await WebAppFixture.ScreenshotAsync(page, "import-with-problem");
        Assert.Equal("imported-good", (await TestData.FindAsync(app.Services, "imported-good")).Patient.Id);
        File.Delete(path);
        await page.Context.CloseAsync();
    }
}
