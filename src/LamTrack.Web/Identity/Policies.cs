using Microsoft.AspNetCore.Authorization;

namespace LamTrack.Web.Identity;

/// <summary>The authorization policies endpoints and pages ask for, each a set of <see cref="Roles"/>.</summary>
public static class Policies
{
    /// <summary>Read identified patient data: clinicians and pharmacists.</summary>
    public const string ReadIdentified = "read-identified";

    /// <summary>Create and edit any part of a patient's record: clinicians.</summary>
    public const string WriteRecord = "write-record";

    /// <summary>Record troughs and dose changes: clinicians and pharmacists.</summary>
    public const string RecordDosing = "record-dosing";

    /// <summary>Cohort views and de-identified exports: clinicians, pharmacists and researchers.</summary>
    public const string Cohort = "cohort";

    /// <summary>Users and settings: admins.</summary>
    public const string Administer = "administer";

    /// <summary>Adds the policies above.</summary>
    public static AuthorizationBuilder AddLamTrackPolicies(this AuthorizationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .AddPolicy(ReadIdentified, p => p.RequireRole(Roles.Clinician, Roles.Pharmacist))
            .AddPolicy(WriteRecord, p => p.RequireRole(Roles.Clinician))
            .AddPolicy(RecordDosing, p => p.RequireRole(Roles.Clinician, Roles.Pharmacist))
            .AddPolicy(Cohort, p => p.RequireRole(Roles.Clinician, Roles.Pharmacist, Roles.Researcher))
            .AddPolicy(Administer, p => p.RequireRole(Roles.Admin));
    }
}
