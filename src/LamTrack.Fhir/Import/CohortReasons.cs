namespace LamTrack.Fhir.Import;

/// <summary>Why a patient of an export was left out of a LAM cohort (the words the import summary prints).</summary>
public static class CohortReasons
{
    /// <summary>No LAM Condition at all.</summary>
    public const string NoLamCondition = "no LAM condition";

    /// <summary>A LAM Condition whose verification status is refuted or entered-in-error.</summary>
    public const string LamRefuted = "LAM condition refuted or entered in error";

    /// <summary>Only a broad code (ICD-10 J84.8) whose text does not name LAM.</summary>
    public const string LamTextMissing = "ICD-10 J84.8 without text naming LAM";

    /// <summary>A LAM Condition, but the patient's resources had errors (with --skip-invalid).</summary>
    public const string Invalid = "invalid record";
}
