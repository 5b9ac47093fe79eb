namespace LamTrack.Web.Identity;

/// <summary>The four roles of the web application and what each may do.</summary>
public static class Roles
{
    /// <summary>Reads and writes identified patient data.</summary>
    public const string Clinician = "clinician";

    /// <summary>Reads identified data; records troughs and dose changes.</summary>
    public const string Pharmacist = "pharmacist";

    /// <summary>Cohort views and de-identified exports only: never an id, name, label or exact date.</summary>
    public const string Researcher = "researcher";

    /// <summary>Manages users and settings.</summary>
    public const string Admin = "admin";

    /// <summary>Every role, in the order above.</summary>
    public static IReadOnlyList<string> All { get; } = [Clinician, Pharmacist, Researcher, Admin];
}
