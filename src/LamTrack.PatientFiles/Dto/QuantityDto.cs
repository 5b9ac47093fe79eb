namespace LamTrack.PatientFiles.Dto;

/// <summary>A recorded value with its UCUM unit.</summary>
internal sealed class QuantityDto
{
    public decimal? Value { get; set; }

    public string? Unit { get; set; }
}
