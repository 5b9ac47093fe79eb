using LamTrack.Storage.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LamTrack.Storage.Configurations;

/// <summary>Maps <see cref="PatientRecord"/> to the <c>Patients</c> table.</summary>
public sealed class PatientRecordConfiguration : IEntityTypeConfiguration<PatientRecord>
{
    /// <summary>The longest patient identifier accepted (FHIR identifiers are usually far shorter).</summary>
    public const int IdentifierMaxLength = 128;

    /// <inheritdoc/>
    public void Configure(EntityTypeBuilder<PatientRecord> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("Patients");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Identifier).HasMaxLength(IdentifierMaxLength).IsRequired();
        builder.HasIndex(p => p.Identifier).IsUnique();
        // The version is checked in every UPDATE's WHERE clause: a stale edit changes no row and is refused.
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.DetailsJson).IsRequired();
        builder.HasMany(p => p.Events).WithOne().HasForeignKey(e => e.PatientId).OnDelete(DeleteBehavior.Cascade);
    }
}
