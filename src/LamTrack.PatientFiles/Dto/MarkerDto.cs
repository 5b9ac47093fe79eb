namespace LamTrack.PatientFiles.Dto;

/// <summary>An immunohistochemistry marker.</summary>
internal sealed class MarkerDto
{
    public string? Name { get; set; }

    public bool? Positive { get; set; }

    public double? Percent { get; set; }
}
