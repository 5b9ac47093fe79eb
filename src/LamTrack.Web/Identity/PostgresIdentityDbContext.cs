using Microsoft.EntityFrameworkCore;

namespace LamTrack.Web.Identity;

/// <summary>The web tables in a PostgreSQL database; owns the PostgreSQL migrations.</summary>
public sealed class PostgresIdentityDbContext(DbContextOptions<PostgresIdentityDbContext> options)
    : LamTrackIdentityDbContext(options);
