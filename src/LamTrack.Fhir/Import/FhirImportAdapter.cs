using LamTrack.Application.Ports;

namespace LamTrack.Fhir.Import;

/// <summary>The application's <see cref="IFhirImporter"/>: a stateless <see cref="FhirImporter"/> per call, its result
/// turned into the application's outcome and problems.</summary>
public sealed class FhirImportAdapter : IFhirImporter
{
    /// <inheritdoc/>
    public async Task<FhirImportOutcome> ImportAsync(FhirImportSource source, IPatientImportTarget target, FhirImportSettings settings,
        IProgress<FhirImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(settings);
        var importer = new FhirImporter(target, new ImportOptions(settings.SkipInvalid, settings.ValidateProfiles, settings.WriteChunk) { Select = settings.Select, PatientIdentifierSystem = settings.PatientIdentifierSystem });
        ImportResult result = source.Path is not null
            ? await importer.ImportAsync(source.Path, progress, cancellationToken).ConfigureAwait(false)
            : await importer.ImportAsync(source.Stream!, source.Name, source.Format, progress, cancellationToken).ConfigureAwait(false);
        return ToOutcome(result);
    }

    /// <summary>The application's view of an import result.</summary>
    public static FhirImportOutcome ToOutcome(ImportResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new FhirImportOutcome(
            [.. result.Problems.Select(ImportProblems.ToProblem)],
            result.Imported,
            result.Replaced,
            result.Unchanged,
            [.. result.Skipped.Select(u => new FhirImportUnit(u.Name, u.PatientIds))],
            result.Rejected)
        {
            Selection = result.Selection,
        };
    }
}
