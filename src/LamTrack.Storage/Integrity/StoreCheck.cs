using LamTrack.Storage.Auditing;
using LamTrack.Storage.Errors;
using LamTrack.Storage.Patients;
using LamTrack.Storage.Records;
using LamTrack.Storage.Timelines;
using Microsoft.EntityFrameworkCore;

namespace LamTrack.Storage.Integrity;

/// <summary>Checks a whole store: the database's own integrity, foreign keys, the audit chain, and every patient's domain rules.</summary>
/// <remarks>
/// Only reads. The checks, in order: the provider's <see cref="DatabaseSelfCheck"/>; an orphan query over the one
/// foreign key of the schema (event rows whose patient is missing), which works on both providers and catches rows
/// written while constraints were switched off; <see cref="AuditChainVerifier"/>; and each stored patient read back
/// through the patient file reader and the domain validator (<see cref="PatientTimelineMapper.ToPatient(PatientSnapshot)"/>), one at a
/// time, so a bad record is reported with its patient and the others are still checked.
/// </remarks>
public sealed class StoreCheck
{
    private readonly LamTrackDatabase _database;

    /// <summary>Creates a check of <paramref name="database"/>.</summary>
    public StoreCheck(LamTrackDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <summary>Runs every check and collects the findings.</summary>
    public async Task<StoreCheckReport> RunAsync(CancellationToken cancellationToken = default)
    {
        var findings = new List<StoreFinding>();
        var notes = new List<string>();
        await CheckDatabaseAsync(findings, notes, cancellationToken).ConfigureAwait(false);
        await CheckForeignKeysAsync(findings, cancellationToken).ConfigureAwait(false);
        AuditChainReport audit = await new AuditChainVerifier(_database).VerifyAsync(cancellationToken).ConfigureAwait(false);
        if (!audit.IsIntact)
        {
            findings.Add(new StoreFinding(StorageIssues.AuditChainBroken, "audit", null, audit.Problem!));
        }

        notes.Add($"audit chain: {audit.ChainedEntries} chained entries, {audit.LegacyEntries} written before the chain (not covered), head {audit.HeadHash}");
        int patients = await CheckPatientsAsync(findings, cancellationToken).ConfigureAwait(false);
        return new StoreCheckReport(findings, notes, audit, patients);
    }

    private async Task CheckDatabaseAsync(List<StoreFinding> findings, List<string> notes, CancellationToken cancellationToken)
    {
        if (_database.SelfCheck is null)
        {
            notes.Add("this provider has no self-check");
            return;
        }

        await using LamTrackDbContext db = _database.CreateContext();
        SelfCheckResult result = await _database.SelfCheck.RunAsync(db, cancellationToken).ConfigureAwait(false);
        findings.AddRange(result.Problems.Select(p => new StoreFinding(StorageIssues.IntegrityCheckFailed, "database", null, p)));
        notes.AddRange(result.Notes);
    }

    private async Task CheckForeignKeysAsync(List<StoreFinding> findings, CancellationToken cancellationToken)
    {
        await using LamTrackDbContext db = _database.CreateContext();
        var orphans = await db.TimelineEvents.AsNoTracking()
            .Where(e => !db.Patients.Any(p => p.Id == e.PatientId))
            .Select(e => new { e.PatientId, e.Sequence })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        findings.AddRange(orphans.Select(o => new StoreFinding(
            StorageIssues.IntegrityCheckFailed, "foreign-key", null, $"event row {o.Sequence} of patient row {o.PatientId} has no patient")));
    }

    private async Task<int> CheckPatientsAsync(List<StoreFinding> findings, CancellationToken cancellationToken)
    {
        await using LamTrackDbContext db = _database.CreateContext();
        int count = 0;
        IAsyncEnumerable<PatientRecord> rows = db.Patients.AsNoTracking().Include(p => p.Events).OrderBy(p => p.Identifier).AsAsyncEnumerable();
        await foreach (PatientRecord row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            count++;
            try
            {
                PatientTimelineMapper.ToPatient(RecordMapping.ToStored(row).Patient);
            }
            catch (StorageException ex)
            {
                findings.Add(new StoreFinding(ex.Code, "patient", row.Identifier, ex.Message));
            }
        }

        return count;
    }
}
