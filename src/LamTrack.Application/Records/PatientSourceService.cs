using LamTrack.Application.Ports;
using LamTrack.Application.Problems;
using LamTrack.Domain.Patients;
using LamTrack.PatientFiles;

namespace LamTrack.Application.Records;

/// <summary>Loads a cohort from patient files, the bundled case series or a store.</summary>
/// <remarks>
/// Patients from a store come back ordered by identifier (ordinal), as a folder of patient files named after them would.
/// A problem (an unreadable file, a store that does not exist) is returned as an issue naming the file or the
/// <c>--db</c> option, never thrown.
/// </remarks>
public sealed class PatientSourceService(IPatientStoreFactory stores)
{
    /// <summary>The folder of the bundled case series (five published cases), next to the executable.</summary>
    public static string BundledCaseSeries => Path.Combine(AppContext.BaseDirectory, "data", "case-series");

    /// <summary>How much <paramref name="request"/> names: bytes of a single file, or stored patients.</summary>
    public async Task<PatientSourceSize> MeasureAsync(PatientSourceRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Database is null || request.DataPath is not null)
        {
            // With both named, the load refuses at once; nothing is opened to measure.
            string source = request.DataPath ?? BundledCaseSeries;
            return new PatientSourceSize(PatientSourceKind.Files, File.Exists(source) ? new FileInfo(source).Length : 0);
        }

        try
        {
            IPatientStore store = request.OpenStore ?? await OpenAsync(request.Database, cancellationToken).ConfigureAwait(false);
            return new PatientSourceSize(PatientSourceKind.Store, await store.CountAsync(cancellationToken).ConfigureAwait(false)) { Store = store };
        }
        catch (ProblemException)
        {
            // The load itself reports the problem; there is nothing to measure.
            return new PatientSourceSize(PatientSourceKind.Store, 0);
        }
    }

    /// <summary>Loads every patient <paramref name="request"/> names.</summary>
    /// <param name="request">Files, a store, or neither (the bundled case series).</param>
    /// <param name="progress">Told the bytes read (files) or the patients read (a store) so far.</param>
    /// <param name="cancellationToken">Stops a read from a store.</param>
    public async Task<PatientLoadResult> LoadAsync(PatientSourceRequest request, IProgress<long>? progress, CancellationToken cancellationToken) =>
        PatientLoadResult.From(await LoadAsync(request, patient => patient, progress, cancellationToken).ConfigureAwait(false));

    /// <summary>Loads patients like <see cref="LoadAsync(PatientSourceRequest, IProgress{long}?, CancellationToken)"/>,
    /// projecting each valid patient as it is read.</summary>
    /// <remarks>From files, only the projections are kept, so a large cohort need not fit in memory as patients.</remarks>
    public async Task<ProjectedLoadResult<T>> LoadAsync<T>(PatientSourceRequest request, Func<Patient, T> project, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Database is null)
        {
            return PatientFileLoader.Load(request.DataPath ?? BundledCaseSeries, project, progress);
        }

        if (request.DataPath is not null)
        {
            var issue = new PatientFileIssue(PatientFileIssueCodes.Unreadable, request.DataPath, null, null, null, "--data", "give either --data or --db, not both");
            return new ProjectedLoadResult<T>([], [issue], [request.DataPath]);
        }

        return await LoadFromStoreAsync(request, project, progress, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ProjectedLoadResult<T>> LoadFromStoreAsync<T>(PatientSourceRequest request, Func<Patient, T> project, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        string connection = request.Database!;
        IReadOnlyList<(string PatientId, T Item)> kept;
        var unreadable = new List<Problem>();
        try
        {
            IPatientStore store = request.OpenStore ?? await OpenAsync(connection, cancellationToken).ConfigureAwait(false);
            // Each patient is projected as she is read (on several threads where the store can), so a registry's
            // patients are never all in memory at once; only the projections are (docs/benchmarks.md).
            kept = await store.ProjectReadableAsync(stored => project(stored.Patient), unreadable, progress, cancellationToken).ConfigureAwait(false);
        }
        catch (ProblemException ex)
        {
            var issue = new PatientFileIssue(PatientFileIssueCodes.Unreadable, connection, null, null, null, "--db", ex.Problem.Message);
            return new ProjectedLoadResult<T>([], [issue], [connection]);
        }

        // A stored record that no longer reads is a located problem; the other patients load (docs/reliability.md).
        PatientFileIssue[] issues = [.. unreadable.Select(p => new PatientFileIssue(p.Code, connection, null, p.Location?.Record, null, "record", p.Message))];
        return new ProjectedLoadResult<T>([.. kept.Select(k => k.Item)], issues, [.. issues.Select(i => $"{connection} patient {i.PatientId}")]);
    }

    private Task<IPatientStore> OpenAsync(string connection, CancellationToken cancellationToken) =>
        stores.OpenAsync(new StoreOpenRequest(connection, StoreAccess.ReadOnly, "lamtrack"), cancellationToken);
}
