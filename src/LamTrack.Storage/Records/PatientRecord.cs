using NodaTime;

namespace LamTrack.Storage.Records;

/// <summary>One row of the <c>Patients</c> table: a patient's identity, version and patient-level details.</summary>
/// <remarks>
/// A persistence record, not a domain entity: it exists so that EF Core can map it, and the mapping to and
/// from the domain happens in one place. <see cref="Version"/> is the optimistic-concurrency token of the
/// whole timeline: every change to the patient or to any of its events raises it by one.
/// </remarks>
public sealed class PatientRecord
{
    /// <summary>The surrogate key, a version-7 GUID so that new rows land at the end of the index.</summary>
    public Guid Id { get; set; }

    /// <summary>The patient identifier the clinic or registry uses; unique in the store.</summary>
    public string Identifier { get; set; } = string.Empty;

    /// <summary>The concurrency version: 1 after creation, one more after every change.</summary>
    public int Version { get; set; }

    /// <summary>When the patient was first stored.</summary>
    public Instant CreatedAt { get; set; }

    /// <summary>When the patient or its timeline was last changed.</summary>
    public Instant UpdatedAt { get; set; }

    /// <summary>The patient-level details (birth date, sex, diagnosis and so on) as a JSON document.</summary>
    public string DetailsJson { get; set; } = "{}";

    /// <summary>The patient's timeline events, in <see cref="TimelineEventRecord.Sequence"/> order once loaded.</summary>
    public ICollection<TimelineEventRecord> Events { get; } = [];
}
