using LamTrack.Storage.Auditing;
using LamTrack.Storage.Configurations;
using LamTrack.Storage.Conversions;
using LamTrack.Storage.Records;
using Microsoft.EntityFrameworkCore;
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

    /// <summary>The append-only audit trail.</summary>
    public DbSet<AuditEntryRecord> AuditEntries => Set<AuditEntryRecord>();

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">An audit entry was changed or removed, or patient data changed without an audit entry.</exception>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        AuditRules.Check(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">An audit entry was changed or removed, or patient data changed without an audit entry.</exception>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        AuditRules.Check(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
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
    }
}
