using LamTrack.Storage.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace LamTrack.Storage.Auditing;

/// <summary>The audit invariants checked before every save.</summary>
internal static class AuditRules
{
    /// <summary>The audit entries a save would add, in the order they were added.</summary>
    public static IReadOnlyList<AuditEntryRecord> Appended(ChangeTracker tracker) =>
        [.. tracker.Entries<AuditEntryRecord>().Where(e => e.State == EntityState.Added).Select(e => e.Entity)];

    /// <summary>Throws when a save would rewrite the audit trail or change patient data without auditing it.</summary>
    public static void Check(ChangeTracker tracker)
    {
        bool audited = false;
        bool patientDataChanged = false;
        foreach (EntityEntry entry in tracker.Entries())
        {
            if (entry.Entity is AuditEntryRecord)
            {
                if (entry.State is EntityState.Modified or EntityState.Deleted)
                {
                    throw new InvalidOperationException("The audit trail is append-only: an audit entry cannot be changed or removed.");
                }

                audited |= entry.State == EntityState.Added;
            }
            else
            {
                patientDataChanged |= entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted;
            }
        }

        if (patientDataChanged && !audited)
        {
            throw new InvalidOperationException("Every change to patient data must be saved together with its audit entry.");
        }
    }
}
