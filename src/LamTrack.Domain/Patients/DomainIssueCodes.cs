namespace LamTrack.Domain.Patients;

/// <summary>The registry of domain consistency codes; each is permanent and never reused.</summary>
public static class DomainIssueCodes
{
    /// <summary>An end (resolution, stop, discharge) lies certainly before its start.</summary>
    public const string EndBeforeStart = "DOM-001";

    /// <summary>A dose change lies before its course started or after it stopped.</summary>
    public const string DoseChangeOutsideCourse = "DOM-002";

    /// <summary>An event lies certainly after the end of follow-up.</summary>
    public const string AfterFollowUp = "DOM-003";

    /// <summary>Two events of one patient share an identifier.</summary>
    public const string DuplicateEventId = "DOM-004";

    /// <summary>A lung compression is given for a side the episode does not involve.</summary>
    public const string CompressionForUninvolvedSide = "DOM-005";

    /// <summary>Sirolimus courses overlap.</summary>
    public const string OverlappingCourses = "DOM-006";

    /// <summary>A trough summary's low bound is above its high bound.</summary>
    public const string RangeInverted = "DOM-007";

    /// <summary>A patient or event identifier is empty, too long, or holds a character outside <see cref="RecordLimits"/>'s set.</summary>
    public const string BadIdentifier = "DOM-008";

    /// <summary>A date lies outside <see cref="RecordLimits.EarliestDate"/> to <see cref="RecordLimits.LatestDate"/>.</summary>
    public const string DateOutOfRange = "DOM-009";

    /// <summary>The record has no events (with or without a follow-up end).</summary>
    public const string NoEvents = "DOM-010";

    /// <summary>A sirolimus course or dose change gives 0 mg/day.</summary>
    public const string ZeroDose = "DOM-011";

    /// <summary>All codes, for uniqueness checks.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        EndBeforeStart, DoseChangeOutsideCourse, AfterFollowUp, DuplicateEventId, CompressionForUninvolvedSide, OverlappingCourses, RangeInverted,
        BadIdentifier, DateOutOfRange, NoEvents, ZeroDose,
    ];
}
