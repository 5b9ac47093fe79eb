using Microsoft.EntityFrameworkCore;

namespace LamTrack.Web.Identity;

/// <summary>The web tables in a SQLite database; owns the SQLite migrations.</summary>
public sealed class SqliteIdentityDbContext(DbContextOptions<SqliteIdentityDbContext> options)
    : LamTrackIdentityDbContext(options);
