namespace LamTrack.PatientFiles;

/// <summary>The registry of patient-file issue codes; each is permanent and never reused.</summary>
public static class PatientFileIssueCodes
{
    /// <summary>The file is not well-formed JSON, or a value has the wrong JSON type.</summary>
    public const string MalformedJson = "PF-001";

    /// <summary>A required field is missing.</summary>
    public const string MissingField = "PF-002";

    /// <summary>The event type is not one LamTrack knows.</summary>
    public const string UnknownEventType = "PF-003";

    /// <summary>A value is not one of the allowed words.</summary>
    public const string UnknownValue = "PF-004";

    /// <summary>A date cannot be parsed.</summary>
    public const string BadDate = "PF-005";

    /// <summary>A unit is missing or unknown, or of the wrong dimension.</summary>
    public const string BadUnit = "PF-006";

    /// <summary>A number is negative, not finite or outside its allowed range.</summary>
    public const string OutOfRange = "PF-007";

    /// <summary>Two patients share an identifier.</summary>
    public const string DuplicatePatientId = "PF-008";

    /// <summary>The file or folder cannot be read.</summary>
    public const string Unreadable = "PF-009";

    /// <summary>The format marker is missing or not <c>lamtrack-patient/1</c>.</summary>
    public const string UnknownFormat = "PF-010";

    /// <summary>A reference to another event does not resolve.</summary>
    public const string DanglingReference = "PF-011";

    /// <summary>A record is over a size limit (a JSON Lines line over 64 MiB).</summary>
    public const string TooLarge = "PF-012";

    /// <summary>All codes, for uniqueness checks.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        MalformedJson, MissingField, UnknownEventType, UnknownValue, BadDate, BadUnit, OutOfRange,
        DuplicatePatientId, Unreadable, UnknownFormat, DanglingReference, TooLarge,
    ];
}
