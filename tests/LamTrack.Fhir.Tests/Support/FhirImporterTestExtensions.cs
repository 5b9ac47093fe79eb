using LamTrack.Fhir.Import;

namespace LamTrack.Fhir.Tests.Support;

/// <summary>A blocking import for the tests that read a result in a plain <c>[Fact]</c>.</summary>
internal static class FhirImporterTestExtensions
{
    public static ImportResult Import(this FhirImporter importer, string path) =>
        importer.ImportAsync(path).GetAwaiter().GetResult();
}
