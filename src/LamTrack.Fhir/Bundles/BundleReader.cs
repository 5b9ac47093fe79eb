using System.Text;
using Hl7.Fhir.Model;
using LamTrack.Fhir.Import;
using LamTrack.Fhir.Serialization;

namespace LamTrack.Fhir.Bundles;

/// <summary>Reads a FHIR Bundle file (collection, transaction or batch) into its entries.</summary>
/// <remarks>A Bundle is read whole: if any entry fails to parse, the SDK's problems for every entry are reported
/// (with file line and element path) and no entry is returned.</remarks>
public static class BundleReader
{
    /// <summary>Reads a Bundle from JSON text.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="source">The file name used in problem locations.</param>
    /// <param name="problems">Where problems are recorded.</param>
    /// <returns>The entries' resources, each located by file, entry line, type and id; <see langword="null"/> when the
    /// file is not an importable Bundle.</returns>
    public static IReadOnlyList<BundleResource>? Read(string json, string source, ImportProblemList problems)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(problems);
        Resource? resource = FhirJson.TryParse(json, ImportLocation.OfFile(source), problems);
        if (resource is null)
        {
            return null;
        }

        if (resource is not Bundle bundle)
        {
            problems.Add(ImportIssueCodes.UnsupportedBundle, ImportLocation.OfFile(source) with { ResourceType = resource.TypeName, ResourceId = resource.Id },
                $"expected a Bundle, found a {resource.TypeName}");
            return null;
        }

        return Entries(bundle, source, BundleEntryLines.Find(Encoding.UTF8.GetBytes(json)), problems);
    }

    private static List<BundleResource>? Entries(Bundle bundle, string source, IReadOnlyList<int> lines, ImportProblemList problems)
    {
        var where = ImportLocation.OfFile(source) with { ResourceType = "Bundle", ResourceId = bundle.Id };
        if (bundle.Type is not (Bundle.BundleType.Collection or Bundle.BundleType.Transaction or Bundle.BundleType.Batch or Bundle.BundleType.Document))
        {
            problems.Add(ImportIssueCodes.UnsupportedBundle, where.At("Bundle.type"),
                $"Bundle type '{bundle.Type?.ToString() ?? "(none)"}' cannot be imported; use collection, transaction, batch or document");
            return null;
        }

        var entries = new List<BundleResource>();
        for (int i = 0; i < bundle.Entry.Count; i++)
        {
            Bundle.EntryComponent entry = bundle.Entry[i];
            var at = new ImportLocation(source, i < lines.Count ? lines[i] : null, entry.Resource?.TypeName, entry.Resource?.Id, null);
            if (entry.Resource is null)
            {
                problems.Add(ImportIssueCodes.MissingElement, at.At($"Bundle.entry[{i}].resource"), "entry has no resource");
            }
            else if (entry.Request?.Method is Bundle.HTTPVerb.DELETE or Bundle.HTTPVerb.PATCH)
            {
                problems.Add(ImportIssueCodes.UnsupportedBundle, at.At($"Bundle.entry[{i}].request.method"),
                    $"{entry.Request.Method} entries cannot be imported; only POST and PUT");
            }
            else
            {
                entries.Add(new BundleResource(entry.Resource, entry.FullUrl, at));
            }
        }

        return entries;
    }
}
