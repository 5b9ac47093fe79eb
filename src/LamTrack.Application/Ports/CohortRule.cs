namespace LamTrack.Application.Ports;

/// <summary>A rule that selects the patients of a hospital-wide export that belong in the registry.</summary>
public enum CohortRule
{
    /// <summary>Patients with a LAM Condition (SNOMED CT, ICD-10-CM J84.81, or ICD-10 J84.8 whose text names LAM) that
    /// is not refuted or entered in error.</summary>
    Lam = 1,
}
