namespace LamTrack.Application.Records;

/// <summary>Where to read patients from: patient files, a store, or (with neither) the bundled case series.</summary>
/// <param name="DataPath">A patient file (<c>.json</c>), a JSON Lines file (<c>.jsonl</c>) or a folder of them.</param>
/// <param name="Database">A store's connection text (SQLite path or PostgreSQL connection string).</param>
/// <remarks>The two sources are alternatives, never merged: naming both is a problem.</remarks>
public sealed record PatientSourceRequest(string? DataPath, string? Database);
