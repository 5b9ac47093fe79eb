using System.Text.Json.Nodes;
using LamTrack.Application.Interop;
using LamTrack.Application.Ports;
using LamTrack.Testing;
using LamTrack.Web.Hosting;
using LamTrack.Web.Identity;
using Microsoft.Extensions.DependencyInjection;
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

    [Fact]
    public async Task ImportFhir_OneObservationWithAnUnknownUnit_ListsItsCodedProblemAndImportsNothing()
    {
        string bundlePath = await BadBundleAsync();
        IPage page = await app.SignedInPageAsync(Roles.Clinician);
        await page.GotoAsync("import-export", new() { WaitUntil = WaitUntilState.NetworkIdle });
        await WebAppFixture.WaitForInteractiveAsync(page);

        await page.GetByLabel("FHIR R4 upload").SetInputFilesAsync(bundlePath);

        ILocator result = page.Locator(".fhir-import-result");
        await Assertions.Expect(result).ToContainTextAsync("Rejected: nothing was imported.");
        await Assertions.Expect(result.Locator("table.problems")).ToContainTextAsync("FHIR-IMP-");
        await WebAppFixture.ScreenshotAsync(page, "import-fhir-with-problem");
        await AccessibilityAssert.NoSeriousViolationsAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "All patients as FHIR R4 (one collection Bundle)" })).ToBeVisibleAsync();
        IPatientStore store = await StoreAsync();
        Assert.Null(await store.FindAsync("fhir-bad", CancellationToken.None));
        File.Delete(bundlePath);
        await page.Context.CloseAsync();
    }

    // Case 4 as a FHIR Bundle (exported by the application's own service) under a new id, with one Observation's unit
    // replaced by one no LamTrack quantity has.
    private async Task<string> BadBundleAsync()
    {
        JsonObject json = CaseSeriesData.Json(4);
        json["id"] = "fhir-bad";
        var exports = app.Services.GetRequiredService<PatientExportService>();
        string folder = Path.Combine(Path.GetTempPath(), $"lamtrack-fhir-{Guid.NewGuid():N}");
        ExportReport report = await exports.ExportFhirAsync(new FhirExportRequest([CaseSeriesData.Parse(json)], folder, FhirExportLayout.CollectionBundles), null, CancellationToken.None);
        Assert.Null(report.Failure);
        string exported = Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).First(f => !f.EndsWith("manifest.json", StringComparison.Ordinal));
        JsonObject bundle = JsonNode.Parse(await File.ReadAllTextAsync(exported))!.AsObject();
        JsonObject quantity = bundle["entry"]!.AsArray().Select(e => e!["resource"]!.AsObject())
            .First(r => (string?)r["resourceType"] == "Observation" && r["valueQuantity"] is JsonObject)["valueQuantity"]!.AsObject();
        quantity["code"] = "[furlong_i]";
        quantity["unit"] = "furlong";
        string path = Path.Combine(Path.GetTempPath(), $"lamtrack-bad-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, bundle.ToJsonString());
        Directory.Delete(folder, recursive: true);
        return path;
    }

    private Task<IPatientStore> StoreAsync() =>
        app.Services.GetRequiredService<IPatientStoreFactory>().OpenAsync(
            new StoreOpenRequest(app.Services.GetRequiredService<WebSettings>().Store.Text, StoreAccess.ReadOnly, "browser-test"), CancellationToken.None);
}
