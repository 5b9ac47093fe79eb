using System.Text;
using Hl7.Fhir.Model;
using LamTrack.Fhir.Mapping;
using LamTrack.Fhir.Ndjson;
using LamTrack.Fhir.Serialization;
using LamTrack.Fhir.Terminology;
using DomainPatient = LamTrack.Domain.Patients.Patient;
using Instant = NodaTime.Instant;

namespace LamTrack.Fhir.Export;

/// <summary>Exports LamTrack patients as FHIR R4: one Bundle file per patient, or bulk-data NDJSON.</summary>
public static class FhirExporter
{
    /// <summary>The base of the <c>fullUrl</c> of every exported Bundle entry (the registry's FHIR base).</summary>
    public const string FhirBase = CodeSystemUris.RegistryBase + "/fhir";

    /// <summary>One Bundle of a patient's resources.</summary>
    /// <param name="patient">The patient.</param>
    /// <param name="now">The export time (Bundle.timestamp, Provenance.recorded).</param>
    /// <param name="transaction">A transaction Bundle (PUT of each resource, idempotent on a FHIR server) instead of a collection.</param>
    public static Bundle ToBundle(DomainPatient patient, Instant now, bool transaction)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var bundle = new Bundle
        {
            Id = patient.Id + "-bundle",
            Type = transaction ? Bundle.BundleType.Transaction : Bundle.BundleType.Collection,
            Timestamp = now.ToDateTimeOffset(),
        };
        foreach (Resource resource in PatientExporter.Export(patient, now))
        {
            var entry = new Bundle.EntryComponent { FullUrl = $"{FhirBase}/{resource.TypeName}/{resource.Id}", Resource = resource };
            if (transaction)
            {
                entry.Request = new Bundle.RequestComponent { Method = Bundle.HTTPVerb.PUT, Url = $"{resource.TypeName}/{resource.Id}" };
            }

            bundle.Entry.Add(entry);
        }

        return bundle;
    }

    /// <summary>Writes <c>&lt;patient id&gt;.json</c> Bundles into <paramref name="directory"/>, all or nothing, as a complete set.</summary>
    /// <param name="patients">The patients.</param>
    /// <param name="directory">The target folder: missing or empty, or holding an earlier export when <paramref name="replace"/> is set.</param>
    /// <param name="now">The export's time.</param>
    /// <param name="transaction">Transaction (PUT) Bundles instead of collections.</param>
    /// <param name="progress">Told the number of patients written.</param>
    /// <param name="replace">Replace an earlier export in the folder as a whole (no file of it stays).</param>
    /// <returns>The number of Bundles written.</returns>
    /// <exception cref="ExportFolderException">The folder is not empty and may not be replaced; nothing was written.</exception>
    public static int WriteBundles(IEnumerable<DomainPatient> patients, string directory, Instant now, bool transaction, IProgress<int>? progress = null, bool replace = false)
    {
        ArgumentNullException.ThrowIfNull(patients);
        using var output = new AtomicDirectory(directory, replace);
        int count = 0;
        foreach (DomainPatient patient in patients)
        {
            File.WriteAllText(Path.Combine(output.Staging, patient.Id + ".json"), FhirJson.ToPrettyJson(ToBundle(patient, now, transaction)) + "\n", new UTF8Encoding(false));
            progress?.Report(++count);
        }

        output.Commit();
        return count;
    }

    /// <summary>Writes bulk-data NDJSON (one file per resource type and a manifest) into <paramref name="directory"/>, all or nothing, as a complete set.</summary>
    /// <param name="patients">The patients.</param>
    /// <param name="directory">The target folder: missing or empty, or holding an earlier export when <paramref name="replace"/> is set.</param>
    /// <param name="now">The export's time.</param>
    /// <param name="progress">Told the number of patients written.</param>
    /// <param name="replace">Replace an earlier export in the folder as a whole (no file of it stays).</param>
    /// <returns>The number of resources written, per type.</returns>
    /// <exception cref="ExportFolderException">The folder is not empty and may not be replaced; nothing was written.</exception>
    public static IReadOnlyDictionary<string, int> WriteNdjson(IEnumerable<DomainPatient> patients, string directory, Instant now, IProgress<int>? progress = null, bool replace = false)
    {
        ArgumentNullException.ThrowIfNull(patients);
        using var writer = new NdjsonWriter(directory, replace);
        int count = 0;
        foreach (DomainPatient patient in patients)
        {
            foreach (Resource resource in PatientExporter.Export(patient, now))
            {
                writer.Write(resource);
            }

            progress?.Report(++count);
        }

        var counts = writer.Counts;
        writer.Commit(now);
        return counts;
    }
}
