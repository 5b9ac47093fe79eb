using Hl7.Fhir.Model;
using LamTrack.Fhir.Bundles;
using LamTrack.Fhir.Ndjson;
using LamTrack.Fhir.Validation;
using DomainPatient = LamTrack.Domain.Patients.Patient;

namespace LamTrack.Fhir.Import;

/// <summary>Imports FHIR R4 Bundles (<c>.json</c>) and bulk-data NDJSON (<c>.ndjson</c>, <c>.ndjson.gz</c>) into an
/// <see cref="IPatientImportTarget"/>.</summary>
/// <remarks>
/// Every resource is parsed strictly, checked against the R4 base profiles (unless switched off) and mapped; every
/// problem is collected with file, line, resource and path. A unit is a Bundle file or, for NDJSON, one patient with
/// all resources that refer to it. One invalid unit rejects the whole input (nothing is written) unless
/// <see cref="ImportOptions.SkipInvalid"/>, which writes the valid units and lists the skipped ones.
/// </remarks>
public sealed class FhirImporter(IPatientImportTarget target, ImportOptions options)
{
    // Progress is reported every this many resources (and at the end of each file): a bar needs no more.
    private const int ProgressInterval = 1024;

    private readonly List<(ImportUnit Unit, List<DomainPatient> Patients, bool Valid)> _units = [];
    private readonly HashSet<string> _seenPatients = new(StringComparer.Ordinal);
    private readonly ImportProblemList _problems = [];

    private int _resources;
    private long _bytesDone;
    private long _bytesTotal;
    private IProgress<FhirImportProgress>? _progress;

    /// <summary>Imports a file or every importable file of a folder.</summary>
    /// <param name="path">A Bundle file, an NDJSON file or a folder of them (a bulk-data export).</param>
    /// <param name="progress">Told how many bytes of the input have been read, then how many patients written.</param>
    public ImportResult Import(string path, IProgress<FhirImportProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        _progress = progress;
        List<string> files = InputFiles(path);
        _bytesTotal = files.Sum(f => new FileInfo(f).Length);
        foreach (string bundle in files.Where(f => !IsNdjson(f)))
        {
            ReadBundle(bundle);
            FileDone(bundle);
        }

        List<string> ndjson = files.Where(IsNdjson).ToList();
        if (ndjson.Count > 0)
        {
            ReadNdjson(ndjson);
        }

        if (_resources == 0 && !_problems.HasErrors)
        {
            _problems.Add(ImportIssueCodes.EmptyInput, ImportLocation.OfFile(path), "no FHIR resources found");
        }

        return Finish();
    }

    private List<string> InputFiles(string path)
    {
        if (Directory.Exists(path))
        {
            return [.. Directory.EnumerateFiles(path)
                .Where(f => IsNdjson(f) || (f.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && Path.GetFileName(f) != NdjsonWriter.ManifestFileName))
                .Order(StringComparer.Ordinal)];
        }

        if (File.Exists(path))
        {
            return [path];
        }

        _problems.Add(ImportIssueCodes.Unreadable, ImportLocation.OfFile(path), "no such file or folder");
        return [];
    }

    private static bool IsNdjson(string file) =>
        file.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".ndjson.gz", StringComparison.OrdinalIgnoreCase);

    private void ReadBundle(string file)
    {
        int mark = _problems.Count;
        var scope = new ImportScope(Path.GetFileName(file), _problems);
        IReadOnlyList<BundleResource>? entries = TooLarge(file) ? null : BundleReader.Read(File.ReadAllText(file), scope.Name, _problems);
        var keys = entries?.Select(e => scope.KeyOf(e.Resource, e.FullUrl)).ToList() ?? [];
        for (int i = 0; i < keys.Count; i++)
        {
            Process(scope, entries![i].Resource, keys[i], entries[i].Location);
        }

        List<DomainPatient> patients = [.. scope.Drafts.Values.Select(d => Assemble(scope, d)).OfType<DomainPatient>()];
        bool valid = !_problems.HasErrorsSince(mark);
        _units.Add((new ImportUnit(scope.Name, [.. patients.Select(p => p.Id)]), patients, valid));
    }

    // A Bundle is read whole: one past the limit is refused before a byte of it is read.
    private bool TooLarge(string file)
    {
        long length = new FileInfo(file).Length;
        if (length <= FhirInputLimits.MaxBundleBytes)
        {
            return false;
        }

        _problems.Add(ImportIssueCodes.TooLarge, ImportLocation.OfFile(Path.GetFileName(file)),
            $"the Bundle file is {length:N0} bytes; at most {FhirInputLimits.MaxBundleBytes:N0} are read (split it, or export NDJSON)");
        return true;
    }

    private void FileDone(string file)
    {
        _bytesDone += new FileInfo(file).Length;
        _progress?.Report(new FhirImportProgress(FhirImportStage.Reading, _bytesDone, _bytesTotal));
    }

    private void ReadNdjson(List<string> files)
    {
        var scope = new ImportScope("ndjson", _problems);
        int mark = _problems.Count;
        foreach (string file in files)
        {
            // NDJSON lines are parsed and profile-checked in parallel; mapping stays sequential and in line order.
            var check = options.ValidateProfiles ? FhirResourceValidator.Shared.Validate : (Func<Resource, ImportLocation, IReadOnlyList<ImportProblem>>?)null;
            foreach (ReadResource read in NdjsonReader.ReadFile(file, _problems, check))
            {
                PatientDraft? draft = Process(scope, read.Resource, scope.KeyOf(read.Resource, null), read.Location, validate: false);
                if (read.CheckFailed && draft is not null)
                {
                    draft.HasErrors = true;
                }

                if (_resources % ProgressInterval == 0)
                {
                    _progress?.Report(new FhirImportProgress(FhirImportStage.Reading, _bytesDone + read.Offset, _bytesTotal));
                }
            }

            FileDone(file);
        }

        // Errors no patient can be blamed for (a line that does not parse, a bad Provenance) belong to no unit.
        bool orphanErrors = _problems.Skip(mark).Any(p => p.IsError);
        bool anyBad = scope.Drafts.Values.Any(d => d.HasErrors);
        AssembleNdjsonUnits(scope);
        if (orphanErrors && !anyBad && _units.TrueForAll(u => u.Valid))
        {
            _units.Add((new ImportUnit("unreadable NDJSON lines", []), [], false));
        }
    }

    /// <summary>Each NDJSON patient is its own unit; each draft is dropped once assembled, so the drafts and the
    /// assembled patients are never all in memory twice.</summary>
    private void AssembleNdjsonUnits(ImportScope scope)
    {
        foreach (string key in scope.Drafts.Keys.ToArray())
        {
            PatientDraft draft = scope.Drafts[key];
            DomainPatient? patient = Assemble(scope, draft);
            bool valid = !draft.HasErrors && patient is not null;
            _units.Add((new ImportUnit(draft.Key, draft.PatientId is null ? [] : [draft.PatientId]), patient is null ? [] : [patient], valid));
            scope.Drafts.Remove(key);
        }
    }

    private PatientDraft? Process(ImportScope scope, Resource resource, string key, ImportLocation where, bool validate = true)
    {
        int mark = _problems.Count;
        if (resource is Patient patient && scope.RepeatOf(patient, key, where) is { } first)
        {
            _resources++;
            return RepeatedPatient(scope, patient, key, where, first);
        }

        PatientDraft? draft = scope.Mapper.Map(resource, key, where);
        if (validate && options.ValidateProfiles)
        {
            _problems.AddRange(FhirResourceValidator.Shared.Validate(resource, where));
        }

        if (draft is not null && _problems.HasErrorsSince(mark))
        {
            draft.HasErrors = true;
        }

        _resources++;
        return draft;
    }

    /// <summary>A Patient whose id was already read in this scope: an identical copy is harmless and read once; a copy
    /// with other content is an error, since which one is right cannot be guessed (reading both would let the last win).</summary>
    private PatientDraft? RepeatedPatient(ImportScope scope, Patient patient, string key, ImportLocation where, (Patient Resource, ImportLocation Where) first)
    {
        if (patient.IsExactly(first.Resource))
        {
            return null;
        }

        _problems.Add(ImportIssueCodes.DuplicateIdentifier, where.At("Patient"),
            $"{key} appears twice with different content (first at {first.Where}); which one is right is not guessed");
        PatientDraft draft = scope.Drafts[key];
        draft.HasErrors = true;
        return draft;
    }

    private DomainPatient? Assemble(ImportScope scope, PatientDraft draft)
    {
        DomainPatient? patient = PatientAssembler.Assemble(draft, scope.Mapper.Sources, _problems);
        if (patient is not null && !_seenPatients.Add(patient.Id))
        {
            _problems.Add(ImportIssueCodes.DuplicateIdentifier, draft.Location!.At("Patient.identifier"), $"patient '{patient.Id}' appears twice in the input");
            draft.HasErrors = true;
            return null;
        }

        return patient;
    }

    private ImportResult Finish()
    {
        var skipped = _units.Where(u => !u.Valid).Select(u => u.Unit).ToList();
        bool rejected = _problems.HasErrors && (!options.SkipInvalid || _units.Count == 0);
        if (rejected || (skipped.Count > 0 && !options.SkipInvalid))
        {
            return new ImportResult(_problems, [], [], [], Rejected: true);
        }

        foreach (ImportUnit unit in skipped)
        {
            _problems.Add(ImportIssueCodes.Skipped, ImportLocation.OfFile(unit.Name), $"skipped: {(unit.PatientIds.Count == 0 ? "no patient" : string.Join(", ", unit.PatientIds))}");
        }

        List<DomainPatient> valid = [.. _units.Where(u => u.Valid).SelectMany(u => u.Patients)];
        List<string> imported = [.. valid.Select(p => p.Id)];
        _units.Clear();
        ImportWriteResult written = WriteInChunks(valid);
        foreach (string id in written.Updated)
        {
            _problems.Add(ImportIssueCodes.Replaced, ImportLocation.OfFile("target") with { ResourceType = "Patient", ResourceId = id },
                "already there with other content; replaced by the imported record");
        }

        return new ImportResult(_problems, imported, written.Updated, skipped, Rejected: false) { Unchanged = written.Unchanged };
    }

    /// <summary>Hands the patients to the target in chunks of <see cref="ImportOptions.WriteChunk"/>, in input order, letting go of each
    /// chunk once written, so that the patients already in the store no longer take memory while the rest are written.</summary>
    private ImportWriteResult WriteInChunks(List<DomainPatient> patients)
    {
        List<string> created = [], updated = [], unchanged = [];
        int total = patients.Count;
        _progress?.Report(new FhirImportProgress(FhirImportStage.Writing, 0, total));
        int start = 0;
        do
        {
            var chunk = patients.GetRange(start, Math.Min(Math.Max(1, options.WriteChunk), total - start));
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(patients).Slice(start, chunk.Count).Clear();
            ImportWriteResult part = target.Write(chunk, Writing(start, total));
            created.AddRange(part.Created);
            updated.AddRange(part.Updated);
            unchanged.AddRange(part.Unchanged);
            start += chunk.Count;
        }
        while (start < total);
        return new ImportWriteResult(created, updated, unchanged);
    }

    private SynchronousProgress? Writing(int before, int total) =>
        _progress is null ? null : new SynchronousProgress(n => _progress.Report(new FhirImportProgress(FhirImportStage.Writing, before + n, total)));

    /// <summary>Passes a target's patient count on at once, on the writing thread.</summary>
    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
