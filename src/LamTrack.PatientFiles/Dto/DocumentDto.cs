namespace LamTrack.PatientFiles.Dto;

/// <summary>The source document of a patient record.</summary>
internal sealed class DocumentDto
{
    public string? Id { get; set; }

    public string? Citation { get; set; }

    public string? Doi { get; set; }
}
