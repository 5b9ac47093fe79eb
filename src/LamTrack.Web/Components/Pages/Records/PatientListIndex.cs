using LamTrack.Application.Guidance;
using LamTrack.Application.Ports;
using LamTrack.Application.Problems;
using NodaTime;

namespace LamTrack.Web.Components.Pages.Records;

/// <summary>Every stored patient's list row, with her guidance findings, as of one day: built once with a parallel pass
/// over the store, then brought up to date before each use from the store's change history.</summary>
/// <remarks>
/// The patient list filters on guidance (trough out of window, overdue, open warnings) and orders the worklist by it, so
/// it needs every patient's findings; evaluating them on each request read the whole store every time. The index holds
/// the rows and asks the store for the patients written since its mark (<see cref="IPatientStore.ChangesSinceAsync"/>),
/// which sees writes through any server instance and the command line alike, and re-reads only those. A new day, or
/// more changes than <see cref="RefreshLimit"/>, rebuilds it whole. A stored record that no longer reads keeps a row that
/// says so, so the list hides no patient.
/// </remarks>
public sealed partial class PatientListIndex(GuidanceService guidance, ILogger<PatientListIndex> logger) : IDisposable
{
    /// <summary>The most changed patients re-read one at a time; more than this rebuilds the index.</summary>
    public const int RefreshLimit = 2000;

    /// <summary>How many days are kept at once: today, and a few other dates a client asked about (<c>asOf</c>).</summary>
    public const int DaysKept = 3;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile PatientListRows[] _days = [];

    /// <summary>The rows of every patient of <paramref name="store"/> as of <paramref name="today"/>, current as of this call.</summary>
    /// <remarks>When nothing was written since the last call this costs one indexed query (a limit of 0 asks only whether
    /// any change follows the mark).</remarks>
    public async Task<PatientListRows> RowsAsync(IPatientStore store, LocalDate today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (Held(store, today) is { } current && (await store.ChangesSinceAsync(current.Mark, 0, cancellationToken)).Complete)
        {
            return current;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            PatientListRows? held = Held(store, today);
            PatientListRows rows = held is null ? await BuildAsync(store, today, cancellationToken) : await RefreshAsync(store, held, cancellationToken);
            // The newest first; the day used longest ago drops out.
            _days = [rows, .. _days.Where(d => d.Today != today).Take(DaysKept - 1)];
            return rows;
        }
        finally
        {
            _gate.Release();
        }
    }

    private PatientListRows? Held(IPatientStore store, LocalDate today) => _days.FirstOrDefault(d => d.Fits(store, today));

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    private async Task<PatientListRows> BuildAsync(IPatientStore store, LocalDate today, CancellationToken cancellationToken)
    {
        // The mark is taken first: a write during the pass is then seen again by the next refresh, never missed.
        long mark = (await store.ChangesSinceAsync(null, 0, cancellationToken)).Mark;
        var unreadable = new List<Problem>();
        IReadOnlyList<(string PatientId, PatientRow Item)> rows = await store.ProjectReadableAsync(stored => Row(stored, today), unreadable, null, cancellationToken);
        var byId = new Dictionary<string, PatientRow>(rows.Count + unreadable.Count, StringComparer.Ordinal);
        foreach ((string id, PatientRow row) in rows)
        {
            byId[id] = row;
        }

        foreach (Problem problem in unreadable.Where(p => p.Location?.Record is not null))
        {
            byId[problem.Location!.Record!] = Unreadable(problem.Location.Record!);
        }

        LogBuilt(logger, byId.Count, unreadable.Count);
        return new PatientListRows(store.Description, today, mark, byId);
    }

    private async Task<PatientListRows> RefreshAsync(IPatientStore store, PatientListRows held, CancellationToken cancellationToken)
    {
        PatientChanges changes = await store.ChangesSinceAsync(held.Mark, RefreshLimit, cancellationToken);
        if (!changes.Complete)
        {
            return await BuildAsync(store, held.Today, cancellationToken);
        }

        var byId = new Dictionary<string, PatientRow>(held.ById, StringComparer.Ordinal);
        foreach (string id in changes.PatientIds)
        {
            await RereadAsync(store, id, held.Today, byId, cancellationToken);
        }

        return new PatientListRows(store.Description, held.Today, changes.Mark, byId);
    }

    private async Task RereadAsync(IPatientStore store, string id, LocalDate today, Dictionary<string, PatientRow> byId, CancellationToken cancellationToken)
    {
        try
        {
            if (await store.FindAsync(id, cancellationToken) is { } found)
            {
                byId[id] = Row(found, today);
            }
            else
            {
                byId.Remove(id);
            }
        }
        catch (ProblemException)
        {
            byId[id] = Unreadable(id);
        }
    }

    private PatientRow Row(PatientVersion stored, LocalDate today)
    {
        AdviceOutcome outcome = guidance.Advise(new AdviceRequest(stored.Patient, today));
        IReadOnlyList<FindingDocument> findings = outcome.Advice?.Findings ?? [];
        return PatientRow.Of(stored.Patient, today) with
        {
            Version = stored.Version,
            Flags = WorklistFlags.From(findings),
            MostSevere = findings.Count == 0 ? null : findings[0],
            Unadvised = outcome.Advice is null,
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Patient list index built: {Rows} rows, {Unreadable} unreadable")]
    private static partial void LogBuilt(ILogger logger, int rows, int unreadable);

    private static PatientRow Unreadable(string id) => new(id, id) { Unadvised = true, Unreadable = true };
}
