using LamTrack.Application.Ports;

namespace LamTrack.Application.Interop;

/// <summary>What to import, and where to: a folder of patient files or a store (exactly one).</summary>
/// <param name="Source">A path (file or folder) or a stream.</param>
/// <param name="DataFolder">A folder of patient files to import into (created when missing).</param>
/// <param name="Database">A store's connection text to import into.</param>
/// <param name="Settings">How invalid input is treated.</param>
/// <param name="Actor">Who imports, for the store's audit trail.</param>
public sealed record FhirImportRequest(FhirImportSource Source, string? DataFolder, string? Database, FhirImportSettings Settings, string Actor);
