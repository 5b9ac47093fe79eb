namespace LamTrack.PatientFiles.Dto;

/// <summary>A trough result: a value, or a censoring ("undetectable", "below", "above") with a limit, and the unit.</summary>
internal sealed class TroughResultDto
{
    public decimal? Value { get; set; }

    public string? Unit { get; set; }

    public string? Censoring { get; set; }

    public decimal? Limit { get; set; }
}
