namespace LamTrack.PatientFiles.Dto;

/// <summary>A dose change inside a sirolimus course.</summary>
internal sealed class DoseChangeDto
{
    public string? Id { get; set; }

    public DateDto? Date { get; set; }

    public QuantityDto? Dose { get; set; }

    public string? Reason { get; set; }

    public SourceDto? Source { get; set; }

    public string? Note { get; set; }
}
