namespace LamTrack.PatientFiles.Dto;

/// <summary>Lung compression per side, in percent.</summary>
internal sealed class CompressionDto
{
    public double? Left { get; set; }

    public double? Right { get; set; }

    public double? Unspecified { get; set; }
}
