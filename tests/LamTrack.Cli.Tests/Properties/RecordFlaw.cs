namespace LamTrack.Cli.Tests.Properties;

/// <summary>The one defect a near-valid generated record carries; each must make <c>validate</c> reject the record.</summary>
internal enum RecordFlaw
{
    /// <summary>A valid record.</summary>
    None,

    /// <summary>An event on 0000-01-01.</summary>
    YearZero,

    /// <summary>A follow-up end on 9999-12-31.</summary>
    Year9999,

    /// <summary>An empty event list.</summary>
    NoEvents,

    /// <summary>No events, but a follow-up end.</summary>
    NoEventsButFollowUpEnd,

    /// <summary>A '/' in the patient id.</summary>
    SlashInId,

    /// <summary>A NUL in the patient id.</summary>
    NulInId,

    /// <summary>A patient id over 64 characters.</summary>
    IdTooLong,

    /// <summary>A sirolimus course at 0 mg/day.</summary>
    ZeroDose,

    /// <summary>An end long before its start.</summary>
    EndBeforeStart,

    /// <summary>Two events with one id.</summary>
    RepeatedEventId,
}
