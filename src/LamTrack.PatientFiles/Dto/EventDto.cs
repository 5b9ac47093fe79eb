namespace LamTrack.PatientFiles.Dto;

/// <summary>One timeline event; <see cref="Type"/> says which of the optional fields apply (see docs/patient-file-format.md).</summary>
internal sealed class EventDto
{
    public string? Type { get; set; }

    public string? Id { get; set; }

    public DateDto? Date { get; set; }

    public SourceDto? Source { get; set; }

    public string? Note { get; set; }

    // pneumothorax
    public string? Side { get; set; }

    public CompressionDto? Compression { get; set; }

    public DateDto? Resolution { get; set; }

    public List<string>? Triggers { get; set; }

    public string? ManagedAt { get; set; }

    // intervention
    public string? Kind { get; set; }

    public string? Episode { get; set; }

    public string? Agent { get; set; }

    public string? Description { get; set; }

    public DateDto? End { get; set; }

    // sirolimus course
    public QuantityDto? Dose { get; set; }

    public List<DoseChangeDto>? DoseChanges { get; set; }

    public DateDto? Stop { get; set; }

    public string? StopReason { get; set; }

    public SourceDto? StopSource { get; set; }

    // trough and trough summary
    public TroughResultDto? Result { get; set; }

    public string? Assay { get; set; }

    public QuantityDto? Low { get; set; }

    public QuantityDto? High { get; set; }

    public int? Count { get; set; }

    // co-medication
    public string? Therapy { get; set; }

    public List<string>? Agents { get; set; }

    public string? Indication { get; set; }

    // adverse event
    public string? Category { get; set; }

    public string? Term { get; set; }

    public bool? AttributedToSirolimus { get; set; }

    public string? Action { get; set; }

    public string? Severity { get; set; }

    // lab
    public string? Analyte { get; set; }

    public QuantityDto? Value { get; set; }

    public string? Specimen { get; set; }

    // pulmonary function
    public List<PftValueDto>? Values { get; set; }

    // six-minute walk
    public QuantityDto? Distance { get; set; }

    // diagnosis evidence
    public string? Finding { get; set; }

    public List<MarkerDto>? Markers { get; set; }

    public QuantityDto? LargestDiameter { get; set; }

    public bool? SupportsLam { get; set; }

    // pregnancy
    public string? Outcome { get; set; }

    public string? DeliveryMode { get; set; }

    public double? GestationalWeeksAtEnd { get; set; }

    public QuantityDto? BirthWeight { get; set; }

    // hospital stay
    public DateDto? Discharge { get; set; }

    public int? MinimumDays { get; set; }

    public string? Facility { get; set; }

    public string? Reason { get; set; }

    // follow-up
    public string? Work { get; set; }

    public string? Exercise { get; set; }

    public string? QualityOfLife { get; set; }

    // condition
    public string? Name { get; set; }
}
