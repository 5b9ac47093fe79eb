using LamTrack.Storage.Auditing;
using LamTrack.Storage.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LamTrack.Storage.Configurations;

/// <summary>Maps <see cref="AuditChainHeadRecord"/> to the single-row <c>AuditChainHead</c> table.</summary>
public sealed class AuditChainHeadRecordConfiguration : IEntityTypeConfiguration<AuditChainHeadRecord>
{
    /// <inheritdoc/>
    public void Configure(EntityTypeBuilder<AuditChainHeadRecord> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("AuditChainHead");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.LastHash).HasMaxLength(AuditCanonicalForm.HashLength).IsRequired();
    }
}
