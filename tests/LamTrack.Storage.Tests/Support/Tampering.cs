using Microsoft.EntityFrameworkCore;

namespace LamTrack.Storage.Tests.Support;

/// <summary>What someone with the database owner's rights can do behind LamTrack's back: drop the guards, rewrite rows.</summary>
internal static class Tampering
{
    /// <summary>Drops the append-only triggers of the audit trail, as an owner of the database may.</summary>
    public static Task DropAuditGuardsAsync(TestDatabase test, StorageProvider provider) => ExecuteAsync(test, provider == StorageProvider.Sqlite
        ? """DROP TRIGGER "AuditEntries_NoUpdate"; DROP TRIGGER "AuditEntries_NoDelete";"""
        : """DROP TRIGGER "AuditEntries_AppendOnly" ON "AuditEntries";""");

    public static async Task ExecuteAsync(TestDatabase test, string sql)
    {
        await using LamTrackDbContext db = test.Database.CreateContext();
        // Raw SQL text, not a format string: braces in it are JSON, not parameter holes.
        await db.Database.ExecuteSqlRawAsync(sql.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal));
    }

    /// <summary>The audit entries' row numbers, in order.</summary>
    public static async Task<long[]> AuditIdsAsync(TestDatabase test)
    {
        await using LamTrackDbContext db = test.Database.CreateContext();
        return [.. await db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Id).ToListAsync()];
    }
}
