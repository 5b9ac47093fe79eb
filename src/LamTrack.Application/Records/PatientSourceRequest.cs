using LamTrack.Application.Ports;

namespace LamTrack.Application.Records;

/// <summary>Where to read patients from: patient files, a store, or (with neither) the bundled case series.</summary>
/// <param name="DataPath">A patient file (<c>.json</c>), a JSON Lines file (<c>.jsonl</c>) or a folder of them.</param>
/// <param name="Database">A store's connection text (SQLite path or PostgreSQL connection string).</param>
/// <remarks>The two sources are alternatives, never merged: naming both is a problem.</remarks>
public sealed record PatientSourceRequest(string? DataPath, string? Database)
{
    /// <summary>The store <see cref="Database"/> names, already open (from <see cref="PatientSourceService.MeasureAsync"/>),
    /// so that one command opens its store once; null to open it when the patients are read.</summary>
    public IPatientStore? OpenStore { get; init; }
}
