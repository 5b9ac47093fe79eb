using LamTrack.Domain.Patients;

namespace LamTrack.Application.Ports;

/// <summary>Writes patients as a REDCap-style CSV export for researchers (docs/research-export.md).</summary>
public interface IResearchExporter
{
    /// <summary>Writes <c>records.csv</c> and <c>data_dictionary.csv</c> into <paramref name="directory"/>.</summary>
    /// <param name="patients">The patients, in the order they are written.</param>
    /// <param name="directory">The output folder; written whole or not at all.</param>
    /// <param name="deidentify">Replace ids by study ids, shift dates, group ages over 89, drop free text.</param>
    /// <param name="replace">Replace an earlier export in a non-empty folder; without it such a folder is refused.</param>
    /// <param name="cancellationToken">Stops before the folder is moved into place.</param>
    Task<ResearchExportOutcome> ExportAsync(IReadOnlyList<Patient> patients, string directory, bool deidentify, bool replace, CancellationToken cancellationToken);
}
