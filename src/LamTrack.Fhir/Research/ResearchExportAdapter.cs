using LamTrack.Application.Interop;
using LamTrack.Application.Ports;
using LamTrack.Application.Problems;
using Microsoft.Extensions.Options;
using DomainPatient = LamTrack.Domain.Patients.Patient;

namespace LamTrack.Fhir.Research;

/// <summary>The application's <see cref="IResearchExporter"/> over <see cref="ResearchExport"/>, with a fresh
/// <see cref="Deidentifier"/> per export: keyed when the site configured a key (<see cref="DeidentificationOptions"/>),
/// random otherwise.</summary>
public sealed class ResearchExportAdapter(IOptions<DeidentificationOptions> options) : IResearchExporter
{
    /// <inheritdoc/>
    public Task<ResearchExportOutcome> ExportAsync(IReadOnlyList<DomainPatient> patients, string directory, bool deidentify, bool replace, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(patients);
        cancellationToken.ThrowIfCancellationRequested();
        Deidentifier? deidentifier = deidentify ? Create(options.Value.Key) : null;
        int rows = ResearchExport.Write(patients, directory, deidentifier, replace);
        return Task.FromResult(new ResearchExportOutcome(patients.Count, rows, deidentify));
    }

    /// <summary>A de-identifier for one export: keyed by the Base64 <paramref name="key"/> when given, else random.</summary>
    /// <exception cref="ProblemException">The key is not Base64 of at least 32 bytes (<c>APP-005</c>).</exception>
    public static Deidentifier Create(string? key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return Deidentifier.CreateRandom();
        }

        byte[] bytes = new byte[key.Length];
        if (!Convert.TryFromBase64String(key.Trim(), bytes, out int length) || length < Deidentifier.MinimumKeyBytes)
        {
            throw new ProblemException(Problem.Error(ApplicationProblemCodes.InvalidDeidentificationKey,
                $"the de-identification key ({DeidentificationOptions.SectionName}:Key) must be Base64 of at least {Deidentifier.MinimumKeyBytes} bytes"));
        }

        return Deidentifier.CreateKeyed(bytes.AsSpan(0, length));
    }
}
