using LamTrack.Storage.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LamTrack.Storage.Configurations;

/// <summary>Maps <see cref="TimelineEventRecord"/> to the <c>TimelineEvents</c> table.</summary>
public sealed class TimelineEventRecordConfiguration : IEntityTypeConfiguration<TimelineEventRecord>
{
    /// <inheritdoc/>
    public void Configure(EntityTypeBuilder<TimelineEventRecord> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("TimelineEvents");
        builder.HasKey(e => new { e.PatientId, e.Sequence });
        builder.Property(e => e.Sequence).ValueGeneratedNever();
        builder.Property(e => e.Kind).HasMaxLength(64).IsRequired();
        builder.Property(e => e.DatePrecision).HasMaxLength(16).IsRequired();
        builder.Property(e => e.Provenance).IsRequired();
        builder.Property(e => e.PayloadJson).IsRequired();
        builder.HasIndex(e => new { e.Kind, e.OccurredOn });
    }
}
