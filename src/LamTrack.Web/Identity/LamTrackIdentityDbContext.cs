using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace LamTrack.Web.Identity;

/// <summary>
/// The web application's own tables in the LamTrack database: Identity's users and roles, and the Data Protection
/// key ring shared by every server instance.
/// </summary>
/// <remarks>
/// One subclass per provider (<see cref="SqliteIdentityDbContext"/>, <see cref="PostgresIdentityDbContext"/>) owns
/// that provider's migrations, as the main store's migrations live in one assembly per provider. The history of these
/// migrations is kept in <see cref="MigrationsHistoryTable"/>, apart from the main store's.
/// </remarks>
public abstract class LamTrackIdentityDbContext : IdentityDbContext<IdentityUser>, IDataProtectionKeyContext
{
    /// <summary>The table that records which of these migrations a database has.</summary>
    public const string MigrationsHistoryTable = "__LamTrackWebMigrationsHistory";

    /// <summary>Creates the context over provider options built by <see cref="IdentityDatabase"/>.</summary>
    protected LamTrackIdentityDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>The Data Protection keys that sign cookies and antiforgery tokens on every instance.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>One row per data area whose cached results every instance must drop after a write.</summary>
    public DbSet<CacheGeneration> CacheGenerations => Set<CacheGeneration>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<CacheGeneration>(entity =>
        {
            entity.ToTable("LamTrackCacheGenerations");
            entity.HasKey(g => g.Area);
            entity.Property(g => g.Area).HasMaxLength(64);
        });
    }
}
