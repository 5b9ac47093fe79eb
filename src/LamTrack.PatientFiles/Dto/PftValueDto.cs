namespace LamTrack.PatientFiles.Dto;

/// <summary>One measure of a lung function test.</summary>
internal sealed class PftValueDto
{
    public string? Measure { get; set; }

    public QuantityDto? Value { get; set; }

    public double? PercentPredicted { get; set; }
}
