using LamTrack.Domain.Dates;
using LamTrack.Domain.Events;
using LamTrack.Domain.Patients;
using LamTrack.Domain.Provenance;
using LamTrack.Measures.Quantities;

namespace LamTrack.Fhir.Import;

/// <summary>What has been read for one patient so far, before the record is assembled: FHIR resources of one patient
/// may come from several NDJSON files in any order, so sources, compressions and dose changes are joined at the end.</summary>
internal sealed class PatientDraft(string key)
{
    /// <summary>The reference key of the Patient resource (<c>Patient/id</c> or a <c>urn:uuid</c>).</summary>
    public string Key { get; } = key;

    public string? PatientId { get; set; }

    public ImportLocation? Location { get; set; }

    /// <summary>The first resource that referred to this patient (where to point when the Patient is missing).</summary>
    public ImportLocation? ReferencedAt { get; set; }

    public string? Label { get; set; }

    public SourceDocument? Document { get; set; }

    public Sex Sex { get; set; } = Sex.Unknown;

    public SmokingStatus Smoking { get; set; } = SmokingStatus.Unknown;

    public (Age Age, ClinicalDate? AsOf, string ResourceKey)? Age { get; set; }

    public ClinicalDate? FollowUpEnd { get; set; }

    public string? DateConvention { get; set; }

    public List<CurationNote> Notes { get; } = [];

    /// <summary>Events with the reference key of the resource they came from (for their Provenance).</summary>
    public List<(ClinicalEvent Event, string ResourceKey)> Events { get; } = [];

    /// <summary>Dose changes by the key of their course.</summary>
    public List<(DoseChange Change, string CourseKey, string ResourceKey)> DoseChanges { get; } = [];

    /// <summary>Lung compressions by the key of their pneumothorax Condition.</summary>
    public List<(string ConditionKey, string Side, LungCompression Value, ImportLocation Where)> Compressions { get; } = [];

    /// <summary>Sirolimus and co-medication exposures from EHR medication resources, joined into courses at assembly.</summary>
    public List<Mapping.Ehr.MedicationExposure> Exposures { get; } = [];

    /// <summary>Lung-function values from EHR Observations, joined into one test per day at assembly.</summary>
    public List<Mapping.Ehr.PftPart> PftParts { get; } = [];

    /// <summary>Whether a LAM Condition (not refuted) was read for this patient (cohort selection).</summary>
    public bool HasLamCondition { get; set; }

    /// <summary>Why a patient without a LAM Condition is left out of a LAM cohort, when a LAM code was seen
    /// (refuted, or a broad code whose text does not name LAM); <see langword="null"/> when none was seen.</summary>
    public string? LamLeftOutReason { get; set; }

    /// <summary>Whether an error was found in a resource of this patient.</summary>
    public bool HasErrors { get; set; }
}
