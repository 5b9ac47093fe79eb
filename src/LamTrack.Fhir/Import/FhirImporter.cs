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
    private readonly List<(ImportUnit Unit, List<DomainPatient> Patients, bool Valid)> _units = [];
    private readonly HashSet<string> _seenPatients = new(StringComparer.Ordinal);
    private readonly ImportProblemList _problems = [];
    private int _resources;
    private IProgress<int>? _progress;

    /// <summary>Imports a file or every importable file of a folder.</summary>
    /// <param name="path">A Bundle file, an NDJSON file or a folder of them (a bulk-data export).</param>
    /// <param name="progress">Receives the number of resources read so far.</param>
    public ImportResult Import(string path, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        _progress = progress;
        List<string> files = InputFiles(path);
        foreach (string bundle in files.Where(f => !IsNdjson(f)))
        {
            ReadBundle(bundle);
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
        IReadOnlyList<BundleResource>? entries = BundleReader.Read(File.ReadAllText(file), scope.Name, _problems);
        var keys = entries?.Select(e => scope.KeyOf(e.Resource, e.FullUrl)).ToList() ?? [];
        for (int i = 0; i < keys.Count; i++)
        {
            Process(scope, entries![i].Resource, keys[i], entries[i].Location);
        }

        List<DomainPatient> patients = Assemble(scope);
        bool valid = !_problems.HasErrorsSince(mark);
        _units.Add((new ImportUnit(scope.Name, [.. patients.Select(p => p.Id)]), patients, valid));
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
            }
        }

        // Errors no patient can be blamed for (a line that does not parse, a bad Provenance) belong to no unit.
        bool orphanErrors = _problems.Skip(mark).Any(p => p.IsError);
        var bad = scope.Drafts.Values.Where(d => d.HasErrors).Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        List<DomainPatient> patients = Assemble(scope);
        foreach (PatientDraft draft in scope.Drafts.Values)
        {
            DomainPatient? patient = patients.Find(p => p.Id == draft.PatientId);
            bool valid = !draft.HasErrors && patient is not null;
            _units.Add((new ImportUnit(draft.Key, draft.PatientId is null ? [] : [draft.PatientId]), patient is null ? [] : [patient], valid));
        }

        if (orphanErrors && bad.Count == 0 && _units.TrueForAll(u => u.Valid))
        {
            _units.Add((new ImportUnit("unreadable NDJSON lines", []), [], false));
        }
    }

    private PatientDraft? Process(ImportScope scope, Resource resource, string key, ImportLocation where, bool validate = true)
    {
        int mark = _problems.Count;
        PatientDraft? draft = scope.Mapper.Map(resource, key, where);
        if (validate && options.ValidateProfiles)
        {
            _problems.AddRange(FhirResourceValidator.Shared.Validate(resource, where));
        }

        if (draft is not null && _problems.HasErrorsSince(mark))
        {
            draft.HasErrors = true;
        }

        // Counted outside the null-conditional call, which would skip the increment without a progress sink.
        _resources++;
        _progress?.Report(_resources);
        return draft;
    }

    private List<DomainPatient> Assemble(ImportScope scope)
    {
        var patients = new List<DomainPatient>();
        foreach (PatientDraft draft in scope.Drafts.Values)
        {
            DomainPatient? patient = PatientAssembler.Assemble(draft, scope.Mapper.Sources, _problems);
            if (patient is not null && !_seenPatients.Add(patient.Id))
            {
                _problems.Add(ImportIssueCodes.DuplicateIdentifier, draft.Location!.At("Patient.identifier"), $"patient '{patient.Id}' appears twice in the input");
                draft.HasErrors = true;
            }
            else if (patient is not null)
            {
                patients.Add(patient);
            }
        }

        return patients;
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
        List<string> replaced = [.. valid.Where(p => target.Contains(p.Id)).Select(p => p.Id)];
        target.Write(valid);
        return new ImportResult(_problems, [.. valid.Select(p => p.Id)], replaced, skipped, Rejected: false);
    }
}
