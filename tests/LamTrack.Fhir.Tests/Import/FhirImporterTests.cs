using Hl7.Fhir.Model;
using LamTrack.Fhir.Export;
using LamTrack.Application.Interop;
using LamTrack.Application.Ports;
using LamTrack.Fhir.Import;
using LamTrack.Fhir.Ndjson;
using LamTrack.Fhir.Serialization;
using LamTrack.Fhir.Tests.RoundTrip;
using Task = System.Threading.Tasks.Task;

namespace LamTrack.Fhir.Tests.Import;

public sealed class FhirImporterTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private static LamTrack.Domain.Patients.Patient Case4 => CaseSeries.Patients.Single(p => p.Id == "case-4");

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("unit", "FHIR-IMP-008", "Observation.valueQuantity.code")] // sirolimus level in a unit LamTrack does not know
    [InlineData("code", "FHIR-IMP-007", "Observation.code")] // a LOINC code no LamTrack observation has
    [InlineData("subject", "FHIR-IMP-010", "Observation.subject")] // subject names a patient not in the Bundle
    [InlineData("compression", "FHIR-IMP-012", "Observation.valueQuantity.value")] // 140 % lung compression
    [InlineData("status", "FHIR-IMP-004", "Condition.clinicalStatus")] // clinicalStatus code outside the required value set
    public async Task Import_BundleWithOneBadResource_RejectsWholeBundleAndNamesResourceAndPath(string defect, string code, string path)
    {
        Bundle bundle = FhirExporter.ToBundle(Case4, CaseSeries.ExportTime, transaction: false);
        Resource broken = Break(bundle, defect);
        string file = WriteBundle(bundle, "case.json");
        var target = new RecordingTarget();

        ImportResult result = await new FhirImporter(target, new ImportOptions()).ImportAsync(file);

        Assert.True(result.Rejected);
        Assert.Empty(target.Written);
        Assert.Contains(result.Problems, p => p.Code.Id == code && p.Location.ResourceId == broken.Id
            && p.Location.Source == "case.json" && p.Location.Line is > 1 && (p.Location.Path ?? string.Empty).StartsWith(path, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_WithProgress_CountsEveryInputByteThenEveryPatient()
    {
        string folder = _temp.Sub("nd");
        FhirExporter.WriteNdjson(CaseSeries.Patients, folder, CaseSeries.ExportTime);
        long bytes = new DirectoryInfo(folder).EnumerateFiles("*.ndjson").Sum(f => f.Length);
        var reports = new List<FhirImportProgress>();

        await new FhirImporter(new RecordingTarget(), new ImportOptions(ValidateProfiles: false)).ImportAsync(folder, new Recorder(reports));

        List<FhirImportProgress> reading = [.. reports.Where(r => r.Stage == FhirImportStage.Reading)];
        Assert.All(reading, r => Assert.Equal(bytes, r.Total));
        Assert.Equal(bytes, reading[^1].Done);
        Assert.True(reading.Zip(reading.Skip(1)).All(pair => pair.First.Done <= pair.Second.Done), "reading progress went backwards");
        Assert.Equal(new FhirImportProgress(FhirImportStage.Writing, CaseSeries.Patients.Count, CaseSeries.Patients.Count), reports[^1]);
        Assert.True(reports.FindLastIndex(r => r.Stage == FhirImportStage.Reading) < reports.FindIndex(r => r.Stage == FhirImportStage.Writing));
    }

    [Fact]
    public async Task Import_SmallWriteChunk_HandsPatientsOverInOrderedChunks()
    {
        string folder = _temp.Sub("nd");
        FhirExporter.WriteNdjson(CaseSeries.Patients, folder, CaseSeries.ExportTime);
        var target = new RecordingTarget();

        ImportResult result = await new FhirImporter(target, new ImportOptions(ValidateProfiles: false, WriteChunk: 2)).ImportAsync(folder);

        // Five patients in chunks of two: three calls, together every patient once, in input order.
        Assert.Equal([2, 2, 1], target.Calls);
        Assert.Equal(result.Imported, target.Written);
        Assert.Equal(CaseSeries.Patients.Select(p => p.Id).Order(StringComparer.Ordinal), target.Written.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Import_SkipInvalid_ImportsValidBundlesAndListsSkippedOne()
    {
        WriteBundle(FhirExporter.ToBundle(CaseSeries.Patients[0], CaseSeries.ExportTime, false), "good.json");
        Bundle bad = FhirExporter.ToBundle(Case4, CaseSeries.ExportTime, false);
        Break(bad, "unit");
        WriteBundle(bad, "bad.json");
        var target = new RecordingTarget();

        ImportResult result = await new FhirImporter(target, new ImportOptions(SkipInvalid: true)).ImportAsync(_temp.Sub("in"));

        Assert.False(result.Rejected);
        Assert.Equal([CaseSeries.Patients[0].Id], target.Written);
        Assert.Equal("bad.json", Assert.Single(result.Skipped).Name);
        Assert.Contains(result.Problems, p => p.Code == ImportIssueCodes.Skipped && p.Location.Source == "bad.json");
    }

    [Fact]
    public async Task Import_NdjsonWithOneBadPatient_RejectsAllUnlessSkipInvalid()
    {
        string folder = _temp.Sub("nd");
        FhirExporter.WriteNdjson(CaseSeries.Patients, folder, CaseSeries.ExportTime);
        string observations = Path.Combine(folder, "Observation.ndjson");
        string[] lines = File.ReadAllLines(observations);
        int siro = Array.FindIndex(lines, l => l.Contains("29247-4", StringComparison.Ordinal) && l.Contains("\"code\":\"ng/mL\"", StringComparison.Ordinal) && l.Contains("Patient/case-4", StringComparison.Ordinal));
        lines[siro] = lines[siro].Replace("\"code\":\"ng/mL\"", "\"code\":\"ng/dL\"", StringComparison.Ordinal);
        File.WriteAllLines(observations, lines);

        ImportResult strict = await new FhirImporter(new RecordingTarget(), new ImportOptions()).ImportAsync(folder);
        var target = new RecordingTarget();
        ImportResult lenient = await new FhirImporter(target, new ImportOptions(SkipInvalid: true)).ImportAsync(folder);

        Assert.True(strict.Rejected);
        Assert.Contains(strict.Problems, p => p.Code == ImportIssueCodes.BadUnit && p.Location.Line == siro + 1 && p.Location.Source == "Observation.ndjson");
        Assert.Equal(CaseSeries.Patients.Select(p => p.Id).Where(id => id != "case-4").Order(), target.Written.Order());
        Assert.Equal("Patient/case-4", Assert.Single(lenient.Skipped).Name);
    }

    [Fact]
    public async Task Import_SearchsetBundle_IsRejectedAsUnsupported()
    {
        Bundle bundle = FhirExporter.ToBundle(CaseSeries.Patients[0], CaseSeries.ExportTime, false);
        bundle.Type = Bundle.BundleType.Searchset;
        ImportResult result = await new FhirImporter(new RecordingTarget(), new ImportOptions(ValidateProfiles: false)).ImportAsync(WriteBundle(bundle, "s.json"));
        Assert.Contains(result.Problems, p => p.Code == ImportIssueCodes.UnsupportedBundle && p.Location.Path == "Bundle.type");
    }

    [Fact]
    public async Task Import_MissingPath_ReportsUnreadable()
    {
        ImportResult result = await new FhirImporter(new RecordingTarget(), new ImportOptions()).ImportAsync(_temp.Sub("nothing-here"));
        Assert.True(result.Rejected);
        Assert.Equal(ImportIssueCodes.Unreadable, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public async Task Import_PlainFhirWithoutLamTrackExtensions_ReadsStandardElements()
    {
        var patient = new Hl7.Fhir.Model.Patient { Id = "p1", Gender = AdministrativeGender.Female };
        var episode = new Hl7.Fhir.Model.Condition
        {
            Id = "c1",
            Subject = new ResourceReference("Patient/p1"),
            Code = new CodeableConcept { Coding = [new Coding("http://snomed.info/sct", "80423007", "Spontaneous pneumothorax (disorder)")] },
            BodySite = [new CodeableConcept { Coding = [new Coding("http://snomed.info/sct", "3341006")] }],
            Onset = new FhirDateTime("2024-03-01T10:00:00+08:00"),
        };
        var bundle = new Bundle { Type = Bundle.BundleType.Collection, Entry = [new() { Resource = patient }, new() { Resource = episode }] };
        var target = new RecordingTarget();

        ImportResult result = await new FhirImporter(target, new ImportOptions(ValidateProfiles: false)).ImportAsync(WriteBundle(bundle, "plain.json"));

        Assert.False(result.Rejected, string.Join("\n", result.Problems));
        var imported = Assert.Single(target.Patients);
        var ptx = Assert.Single(imported.Episodes);
        Assert.Equal(LamTrack.Domain.Events.PneumothoraxSide.Right, ptx.Side);
        Assert.Equal("2024-03-01", ptx.Date.ToString());
    }

    private string WriteBundle(Bundle bundle, string name)
    {
        Directory.CreateDirectory(_temp.Sub("in"));
        string file = Path.Combine(_temp.Sub("in"), name);
        File.WriteAllText(file, FhirJson.ToPrettyJson(bundle));
        return file;
    }

    private static Resource Break(Bundle bundle, string defect)
    {
        var resources = bundle.Entry.Select(e => e.Resource).ToList();
        Observation trough = resources.OfType<Observation>().First(o => o.Code!.Coding.Exists(c => c.Code == "29247-4") && o.Value is Quantity);
        switch (defect)
        {
            case "unit": ((Quantity)trough.Value!).Code = "ng/dL"; return trough;
            case "code": trough.Code = new CodeableConcept { Coding = [new Coding("http://loinc.org", "4022-0")] }; return trough;
            case "subject": trough.Subject = new ResourceReference("Patient/nobody"); return trough;
            case "compression":
                Observation compression = resources.OfType<Observation>().First(o => o.Id!.Contains("compression", StringComparison.Ordinal));
                ((Quantity)compression.Value!).Value = 140m;
                return compression;
            default:
                var condition = resources.OfType<Hl7.Fhir.Model.Condition>().First();
                condition.ClinicalStatus = new CodeableConcept("http://terminology.hl7.org/CodeSystem/condition-clinical", "bogus");
                return condition;
        }
    }

    [Fact]
    public async Task ImportAsync_SecondCallOnOneInstance_DoesNotInheritTheFirstCallsProblems()
    {
        var target = new RecordingTarget();
        var importer = new FhirImporter(target, new ImportOptions(ValidateProfiles: false));
        string folder = _temp.Sub("nd");
        FhirExporter.WriteNdjson(CaseSeries.Patients, folder, CaseSeries.ExportTime);

        ImportResult missing = await importer.ImportAsync(_temp.Sub("nothing-here"));
        ImportResult good = await importer.ImportAsync(folder);

        Assert.True(missing.Rejected);
        Assert.False(good.Rejected, string.Join("\n", good.Problems));
        Assert.DoesNotContain(good.Problems, p => p.IsError || p.Location.Source.Contains("nothing-here", StringComparison.Ordinal));
        Assert.Equal(CaseSeries.Patients.Count, good.Imported.Count);
    }

    [Fact]
    public async Task ImportAsync_BundleStream_ImportsThePatientAndNamesTheStreamInProblems()
    {
        Bundle bundle = FhirExporter.ToBundle(Case4, CaseSeries.ExportTime, transaction: false);
        Break(bundle, "unit");
        await using var stream = File.OpenRead(WriteBundle(bundle, "case.json"));
        var target = new RecordingTarget();

        ImportResult result = await new FhirImporter(target, new ImportOptions(ValidateProfiles: false)).ImportAsync(stream, "upload.json", FhirInputFormat.Bundle);

        Assert.True(result.Rejected);
        Assert.Contains(result.Problems, p => p.Code.Id == "FHIR-IMP-008" && p.Location.Source == "upload.json");
        Assert.True(stream.CanRead, "the caller's stream was closed");
    }

    [Fact]
    public async Task ImportAsync_GzipNdjsonStream_ImportsEveryPatient()
    {
        string folder = _temp.Sub("nd");
        FhirExporter.WriteNdjson(CaseSeries.Patients, folder, CaseSeries.ExportTime);
        using var compressed = new MemoryStream();
        await using (var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            foreach (string file in Directory.GetFiles(folder, "*.ndjson").Order(StringComparer.Ordinal))
            {
                byte[] bytes = await File.ReadAllBytesAsync(file);
                await gzip.WriteAsync(bytes);
            }
        }

        compressed.Position = 0;
        var target = new RecordingTarget();

        ImportResult result = await new FhirImporter(target, new ImportOptions(ValidateProfiles: false)).ImportAsync(compressed, "upload.ndjson.gz", FhirInputFormat.NdjsonGzip);

        Assert.False(result.Rejected, string.Join("\n", result.Problems));
        Assert.Equal(CaseSeries.Patients.Select(p => p.Id).Order(StringComparer.Ordinal), target.Written.Order(StringComparer.Ordinal));
    }

    private sealed class Recorder(List<FhirImportProgress> reports) : IProgress<FhirImportProgress>
    {
        public void Report(FhirImportProgress value) => reports.Add(value);
    }

    private sealed class RecordingTarget : IPatientImportTarget
    {
        public List<LamTrack.Domain.Patients.Patient> Patients { get; } = [];

        public List<string> Written => [.. Patients.Select(p => p.Id)];

        public List<int> Calls { get; } = [];

        public Task<ImportWriteResult> WriteAsync(IReadOnlyList<LamTrack.Domain.Patients.Patient> patients, IProgress<int>? progress, CancellationToken cancellationToken)
        {
            Patients.AddRange(patients);
            Calls.Add(patients.Count);
            progress?.Report(patients.Count);
            return Task.FromResult(new ImportWriteResult([.. patients.Select(p => p.Id)], [], []));
        }
    }
}
