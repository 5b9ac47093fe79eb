using LamTrack.Storage.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LamTrack.Storage.Configurations;

/// <summary>Maps <see cref="AuditEntryRecord"/> to the append-only <c>AuditEntries</c> table.</summary>
public sealed class AuditEntryRecordConfiguration : IEntityTypeConfiguration<AuditEntryRecord>
{
    /// <inheritdoc/>
    public void Configure(EntityTypeBuilder<AuditEntryRecord> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("AuditEntries");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedOnAdd();
        builder.Property(a => a.Actor).HasMaxLength(128).IsRequired();
        builder.Property(a => a.Action).HasMaxLength(16).IsRequired();
        builder.Property(a => a.EntityType).HasMaxLength(64).IsRequired();
        builder.Property(a => a.EntityKey).HasMaxLength(PatientRecordConfiguration.IdentifierMaxLength).IsRequired();
        builder.Property(a => a.PreviousHash).HasMaxLength(Auditing.AuditCanonicalForm.HashLength);
        builder.Property(a => a.EntryHash).HasMaxLength(Auditing.AuditCanonicalForm.HashLength);
        builder.HasIndex(a => new { a.EntityType, a.EntityKey });
    }
}
