using LamTrack.Storage.Auditing;
using LamTrack.Storage.Configurations;
using LamTrack.Storage.Conversions;
using LamTrack.Storage.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NodaTime;

namespace LamTrack.Storage;

/// <summary>The EF Core unit of work over LamTrack's tables; one model for SQLite and PostgreSQL.</summary>
/// <remarks>
/// The provider and its migrations assembly come in through the options (see <c>LamTrack.Storage.Sqlite</c>
/// and <c>LamTrack.Storage.Postgres</c>). <see cref="SaveChanges(bool)"/> enforces two rules of the store:
/// audit entries are never updated or deleted, and no patient data changes without an audit entry in the
/// same save, which EF Core commits in one transaction.
/// </remarks>
public sealed class LamTrackDbContext : DbContext
{
    /// <summary>Creates a context over the given provider options.</summary>
    public LamTrackDbContext(DbContextOptions<LamTrackDbContext> options)
        : base(options)
    {
    }

    /// <summary>The patients.</summary>
    public DbSet<PatientRecord> Patients => Set<PatientRecord>();

    /// <summary>Every patient's timeline events.</summary>
    public DbSet<TimelineEventRecord> TimelineEvents => Set<TimelineEventRecord>();

    /// <summary>The append-only, hash-chained audit trail.</summary>
    public DbSet<AuditEntryRecord> AuditEntries => Set<AuditEntryRecord>();

    /// <summary>The one row that says where the audit trail's hash chain ends.</summary>
    public DbSet<AuditChainHeadRecord> AuditChainHead => Set<AuditChainHeadRecord>();

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">
    /// An audit entry was changed or removed, patient data changed without an audit entry, or an audit entry was
    /// added: those are chained (see <see cref="AuditChain"/>) and need <see cref="SaveChangesAsync(bool, CancellationToken)"/>.
    /// </exception>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        AuditRules.Check(ChangeTracker);
        if (AuditRules.Appended(ChangeTracker).Count > 0)
        {
            throw new InvalidOperationException("Audit entries are hash-chained inside their transaction: save them with SaveChangesAsync.");
        }

        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <inheritdoc/>
    /// <remarks>
    /// New audit entries are linked into the hash chain in the same transaction as the change they audit: the chain
    /// head is locked first, so concurrent writers queue instead of forking the chain.
    /// </remarks>
    /// <exception cref="InvalidOperationException">An audit entry was changed or removed, or patient data changed without an audit entry.</exception>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        AuditRules.Check(ChangeTracker);
        IReadOnlyList<AuditEntryRecord> appended = AuditRules.Appended(ChangeTracker);
        if (appended.Count == 0 || Database.CurrentTransaction is not null)
        {
            await ChainAsync(appended, cancellationToken).ConfigureAwait(false);
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
        }

        IDbContextTransaction transaction = await Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            await ChainAsync(appended, cancellationToken).ConfigureAwait(false);
            int saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return saved;
        }
    }

    /// <inheritdoc/>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<Instant>().HaveConversion<InstantToUnixTicksConverter>();
        configurationBuilder.Properties<LocalDate>().HaveConversion<LocalDateToIsoTextConverter>().HaveMaxLength(10);
    }

    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfiguration(new PatientRecordConfiguration());
        modelBuilder.ApplyConfiguration(new TimelineEventRecordConfiguration());
        modelBuilder.ApplyConfiguration(new AuditEntryRecordConfiguration());
        modelBuilder.ApplyConfiguration(new AuditChainHeadRecordConfiguration());
    }

    private Task ChainAsync(IReadOnlyList<AuditEntryRecord> appended, CancellationToken cancellationToken) =>
        appended.Count == 0
            ? Task.CompletedTask
            : AuditChain.AppendAsync(Database.GetDbConnection(), Database.CurrentTransaction!.GetDbTransaction(), appended, cancellationToken);
}
