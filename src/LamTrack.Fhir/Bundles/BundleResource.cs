using Hl7.Fhir.Model;
using LamTrack.Fhir.Import;

namespace LamTrack.Fhir.Bundles;

/// <summary>One resource of a Bundle with the entry's <c>fullUrl</c>, which other entries may reference
/// (<c>urn:uuid:...</c> in transactions).</summary>
/// <param name="Resource">The entry's resource.</param>
/// <param name="FullUrl">The entry's fullUrl, when present.</param>
/// <param name="Location">File, entry line, type and id.</param>
public sealed record BundleResource(Resource Resource, string? FullUrl, ImportLocation Location);
