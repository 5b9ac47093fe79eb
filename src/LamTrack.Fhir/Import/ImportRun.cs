using LamTrack.Application.Progress;
using Hl7.Fhir.Model;
using LamTrack.Application.Ports;
using LamTrack.Fhir.Bundles;
using LamTrack.Fhir.Mapping.Ehr;
using LamTrack.Fhir.Terminology;
using LamTrack.Fhir.Ndjson;
using LamTrack.Fhir.Validation;
using DomainPatient = LamTrack.Domain.Patients.Patient;

namespace LamTrack.Fhir.Import;

/// <summary>One import: the state of a single call of <see cref="FhirImporter"/> (problems, units, counters), made
/// afresh for every call so that no import sees another's.</summary>
/// <remarks>
/// Every resource is parsed strictly, checked against the R4 base profiles (unless switched off) and mapped; every
/// problem is collected with file, line, resource and path. A unit is a Bundle file or, for NDJSON, one patient with
/// all resources that refer to it. One invalid unit rejects the whole input (nothing is written) unless
/// <see cref="ImportOptions.SkipInvalid"/>, which writes the valid units and lists the skipped ones.
/// </remarks>
internal sealed class ImportRun(IPatientImportTarget target, ImportOptions options, IProgress<FhirImportProgress>? progress, CancellationToken cancellationToken)
{
    // Progress is reported every this many resources (and at the end of each file): a bar needs no more.
    private const int ProgressInterval = 1024;

    private readonly List<(ImportUnit Unit, List<DomainPatient> Patients, bool Valid)> _units = [];
    private readonly HashSet<string> _seenPatients = new(StringComparer.Ordinal);
    private readonly ImportProblemList _problems = [];
    private readonly EhrSettings _ehr = new(TerminologyResolver.Default, new UnusedTally(), options.PatientIdentifierSystem);
    private readonly CohortCounter? _cohort = options.Select is null ? null : new CohortCounter();

    private readonly IProgress<FhirImportProgress>? _progress = progress;

    private int _resources;
    private long _skippedUnparsed;
    private long _bytesDone;
    private long _bytesTotal;

    /// <summary>Imports a file or every importable file of a folder.</summary>
    /// <param name="path">A Bundle file, an NDJSON file or a folder of them (a bulk-data export).</param>
    public Task<ImportResult> RunAsync(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        List<ImportInput> inputs = [.. InputFiles(path).Select(ImportInput.OfFile)];
        return RunAsync(inputs, path);
    }

    /// <summary>Imports one stream, named <paramref name="name"/> in problem locations.</summary>
    public Task<ImportResult> RunAsync(Stream stream, string name, FhirInputFormat format) =>
        RunAsync([ImportInput.OfStream(stream, name, format)], name);

    private async Task<ImportResult> RunAsync(List<ImportInput> inputs, string name)
    {
        _bytesTotal = inputs.Sum(f => f.Length);
        foreach (ImportInput bundle in inputs.Where(f => !f.IsNdjson))
        {
            ReadBundle(bundle);
            InputDone(bundle);
        }

        List<ImportInput> ndjson = [.. inputs.Where(f => f.IsNdjson)];
        if (ndjson.Count > 0)
        {
            ReadNdjson(ndjson);
        }

        if (_resources == 0 && _ehr.Unused.Total + _skippedUnparsed == 0 && !_problems.HasErrors)
        {
            _problems.Add(ImportIssueCodes.EmptyInput, ImportLocation.OfFile(name), "no FHIR resources found");
        }

        return await FinishAsync().ConfigureAwait(false);
    }

    private List<string> InputFiles(string path)
    {
        if (Directory.Exists(path) && File.Exists(Path.Combine(path, NdjsonWriter.ManifestFileName)))
        {
            return ManifestFiles(path);
        }

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

    /// <summary>The files a bulk-data manifest lists, and only those: a file beside them that the manifest does not
    /// list (left from an earlier export, say) is not read, and a warning names it.</summary>
    private List<string> ManifestFiles(string folder)
    {
        string manifest = Path.Combine(folder, NdjsonWriter.ManifestFileName);
        IReadOnlyList<string>? listed = BulkManifest.Read(manifest, _problems);
        if (listed is null)
        {
            return [];
        }

        var files = new List<string>();
        foreach (string name in listed)
        {
            string file = Path.Combine(folder, name);
            if (File.Exists(file))
            {
                files.Add(file);
            }
            else
            {
                _problems.Add(ImportIssueCodes.Unreadable, ImportLocation.OfFile(NdjsonWriter.ManifestFileName), $"lists {name}, which is not in the folder");
            }
        }

        foreach (string stray in Directory.EnumerateFiles(folder).Where(f => IsNdjson(f) && !files.Contains(f)).Order(StringComparer.Ordinal))
        {
            _problems.Add(ImportIssueCodes.NotInManifest, ImportLocation.OfFile(Path.GetFileName(stray)), $"not listed in {NdjsonWriter.ManifestFileName}, so not read");
        }

        return files;
    }

    private static bool IsNdjson(string file) => ImportInput.IsNdjsonName(file);

    private void ReadBundle(ImportInput input)
    {
        cancellationToken.ThrowIfCancellationRequested();
        int mark = _problems.Count;
        var scope = new ImportScope(input.Name, _problems, _ehr);
        IReadOnlyList<BundleResource>? entries = TooLarge(input) ? null : BundleReader.Read(input.ReadAllText(), scope.Name, _problems);
        var keys = entries?.Select(e => scope.KeyOf(e.Resource, e.FullUrl)).ToList() ?? [];
        for (int i = 0; i < keys.Count; i++)
        {
            Process(scope, entries![i].Resource, keys[i], entries[i].Location);
        }

        List<DomainPatient> patients = [.. scope.Drafts.Values.Where(d => Selected(d, null)).Select(d => Assemble(scope, d)).OfType<DomainPatient>()];
        bool valid = !_problems.HasErrorsSince(mark);
        _units.Add((new ImportUnit(scope.Name, [.. patients.Select(p => p.Id)]), patients, valid));
    }

    // A Bundle is read whole: one past the limit is refused before a byte of it is read.
    private bool TooLarge(ImportInput input)
    {
        if (input.Length <= FhirInputLimits.MaxBundleBytes)
        {
            return false;
        }

        _problems.Add(ImportIssueCodes.TooLarge, ImportLocation.OfFile(input.Name),
            $"the Bundle file is {input.Length:N0} bytes; at most {FhirInputLimits.MaxBundleBytes:N0} are read (split it, or export NDJSON)");
        return true;
    }

    private void InputDone(ImportInput input)
    {
        _bytesDone += input.Length;
        _progress?.Report(new FhirImportProgress(FhirImportStage.Reading, _bytesDone, _bytesTotal));
    }

    private void ReadNdjson(List<ImportInput> inputs)
    {
        var scope = new ImportScope("ndjson", _problems, _ehr);
        int mark = _problems.Count;
        CohortPrepass? prepass = _cohort is null ? null : new CohortPrepass(_ehr.Terminology);
        // The cohort prepass reads the Condition files first; a stream can be read only once, so it takes files alone.
        prepass?.Scan([.. inputs.Select(i => i.Path).OfType<string>()]);
        var filter = new BulkLineFilter(_ehr.Terminology, _ehr.Unused, prepass?.Candidates);
        foreach (ImportInput input in inputs)
        {
            // NDJSON lines are parsed and profile-checked in parallel; mapping stays sequential and in line order.
            var check = options.ValidateProfiles ? FhirResourceValidator.Shared.Validate : (Func<Resource, ImportLocation, IReadOnlyList<ImportProblem>>?)null;
            foreach (ReadResource read in input.ReadNdjson(_problems, check, filter.Keep))
            {
                PatientDraft? draft = Process(scope, read.Resource, scope.KeyOf(read.Resource, null), read.Location, validate: false);
                if (read.CheckFailed && draft is not null)
                {
                    draft.HasErrors = true;
                }

                if (_resources % ProgressInterval == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    _progress?.Report(new FhirImportProgress(FhirImportStage.Reading, _bytesDone + read.Offset, _bytesTotal));
                }
            }

            InputDone(input);
        }

        _skippedUnparsed += filter.LeftOut + filter.PatientsLeftOut;
        _cohort?.AddResourcesLeftOut(filter.LeftOut + filter.PatientsLeftOut);
        _cohort?.LeaveOutUnparsed(filter.PatientsLeftOut, prepass!.Reasons.Keys.Where(k => !scope.Drafts.ContainsKey(k)).Select(k => prepass.Reasons[k]));

        // Errors no patient can be blamed for (a line that does not parse, a bad Provenance) belong to no unit.
        bool orphanErrors = _problems.Skip(mark).Any(p => p.IsError);
        bool anyBad = scope.Drafts.Values.Any(d => d.HasErrors && (_cohort is null || d.HasLamCondition));
        AssembleNdjsonUnits(scope, prepass);
        if (orphanErrors && !anyBad && _units.TrueForAll(u => u.Valid))
        {
            _units.Add((new ImportUnit("unreadable NDJSON lines", []), [], false));
        }
    }

    /// <summary>Each NDJSON patient is its own unit; each draft is dropped once assembled, so the drafts and the
    /// assembled patients are never all in memory twice.</summary>
    private void AssembleNdjsonUnits(ImportScope scope, CohortPrepass? prepass)
    {
        foreach (string key in scope.Drafts.Keys.ToArray())
        {
            PatientDraft draft = scope.Drafts[key];
            if (!Selected(draft, prepass))
            {
                scope.Drafts.Remove(key);
                continue;
            }

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
            return RepeatedPatient(scope, key, where, first);
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
    private PatientDraft? RepeatedPatient(ImportScope scope, string key, ImportLocation where, (bool SameContent, ImportLocation Where) first)
    {
        if (first.SameContent)
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
        DomainPatient? patient = PatientAssembler.Assemble(draft, scope.Mapper.Sources, _problems, options.CourseGapDays);
        if (patient is not null && !_seenPatients.Add(patient.Id))
        {
            _problems.Add(ImportIssueCodes.DuplicateIdentifier, draft.Location!.At("Patient.identifier"), $"patient '{patient.Id}' appears twice in the input");
            draft.HasErrors = true;
            return null;
        }

        return patient;
    }

    /// <summary>Whether a draft belongs in the import: every draft without a cohort rule; with the LAM rule, the
    /// patients with a LAM Condition (the others are counted as seen and left out, with the reason).</summary>
    private bool Selected(PatientDraft draft, CohortPrepass? prepass)
    {
        if (_cohort is null)
        {
            return true;
        }

        if (draft.PatientId is not null)
        {
            _cohort.See();
        }

        if (draft.HasLamCondition)
        {
            return true;
        }

        if (draft.PatientId is not null)
        {
            _cohort.LeaveOut(draft.LamLeftOutReason ?? prepass?.Reasons.GetValueOrDefault(draft.Key) ?? CohortReasons.NoLamCondition);
        }

        return false;
    }

    private async Task<ImportResult> FinishAsync()
    {
        AskTarget();
        ListUnused();
        var skipped = _units.Where(u => !u.Valid).Select(u => u.Unit).ToList();
        bool rejected = _problems.HasErrors && (!options.SkipInvalid || _units.Count == 0);
        if (rejected || (skipped.Count > 0 && !options.SkipInvalid))
        {
            return new ImportResult(_problems, [], [], [], Rejected: true) { Unused = _ehr.Unused.Entries, Selection = Selection(skipped) };
        }

        foreach (ImportUnit unit in skipped)
        {
            _problems.Add(ImportIssueCodes.Skipped, ImportLocation.OfFile(unit.Name), $"skipped: {(unit.PatientIds.Count == 0 ? "no patient" : string.Join(", ", unit.PatientIds))}");
        }

        List<DomainPatient> valid = [.. _units.Where(u => u.Valid).SelectMany(u => u.Patients)];
        List<string> imported = [.. valid.Select(p => p.Id)];
        _units.Clear();
        ImportWriteResult written = await WriteInChunksAsync(valid).ConfigureAwait(false);
        foreach (string id in written.Updated)
        {
            _problems.Add(ImportIssueCodes.Replaced, ImportLocation.OfFile("target") with { ResourceType = "Patient", ResourceId = id },
                "already there with other content; replaced by the imported record");
        }

        return new ImportResult(_problems, imported, written.Updated, skipped, Rejected: false)
        {
            Unchanged = written.Unchanged, Unused = _ehr.Unused.Entries, Selection = Selection(skipped),
        };
    }

    /// <summary>Asks the target about every patient of every valid unit before anything is written; a patient it
    /// refuses makes her unit invalid, so the input is rejected, or the unit skipped with --skip-invalid.</summary>
    private void AskTarget()
    {
        for (int u = 0; u < _units.Count; u++)
        {
            (ImportUnit unit, List<DomainPatient> patients, bool valid) = _units[u];
            foreach (DomainPatient patient in valid ? patients : [])
            {
                if (target.Refusal(patient) is { } reason)
                {
                    _problems.Add(ImportIssueCodes.TargetRefused, ImportLocation.OfFile(unit.Name) with { ResourceType = "Patient", ResourceId = patient.Id }, reason);
                    valid = false;
                }
            }

            _units[u] = (unit, patients, valid);
        }
    }

    // Each unused type and code is listed once, with its count: a hospital export holds millions of them.
    private void ListUnused()
    {
        foreach (UnusedEntry e in _ehr.Unused.Entries)
        {
            if (e.Code.Length == 0)
            {
                _problems.Add(ImportIssueCodes.UnsupportedResource, ImportLocation.OfFile("input") with { ResourceType = e.ResourceType },
                    $"{e.Count} {e.ResourceType} resource(s) not imported (LamTrack does not read this resource type)");
            }
            else
            {
                _problems.Add(ImportIssueCodes.UnusedCode, ImportLocation.OfFile("input") with { ResourceType = e.ResourceType },
                    $"{e.Count} {e.ResourceType} resource(s) with {e.Code} not used");
            }
        }
    }

    private CohortSelection? Selection(List<ImportUnit> skipped) => _cohort?.Result(options.Select!.Value, skipped.Sum(u => u.PatientIds.Count));

    /// <summary>Hands the patients to the target in chunks of <see cref="ImportOptions.WriteChunk"/>, in input order, letting go of each
    /// chunk once written, so that the patients already in the store no longer take memory while the rest are written.</summary>
    private async Task<ImportWriteResult> WriteInChunksAsync(List<DomainPatient> patients)
    {
        List<string> created = [], updated = [], unchanged = [];
        int total = patients.Count;
        _progress?.Report(new FhirImportProgress(FhirImportStage.Writing, 0, total));
        int start = 0;
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            var chunk = patients.GetRange(start, Math.Min(Math.Max(1, options.WriteChunk), total - start));
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(patients).Slice(start, chunk.Count).Clear();
            ImportWriteResult part = await target.WriteAsync(chunk, Writing(start, total), cancellationToken).ConfigureAwait(false);
            created.AddRange(part.Created);
            updated.AddRange(part.Updated);
            unchanged.AddRange(part.Unchanged);
            start += chunk.Count;
        }
        while (start < total);
        return new ImportWriteResult(created, updated, unchanged);
    }

    private SynchronousProgress<int>? Writing(int before, int total) =>
        _progress is null ? null : new SynchronousProgress<int>(n => _progress.Report(new FhirImportProgress(FhirImportStage.Writing, before + n, total)));
}
