namespace LamTrack.PatientFiles.Dto;

/// <summary>A patient record as stored in a file (format <c>lamtrack-patient/1</c>).</summary>
internal sealed class PatientDto
{
    public string? Format { get; set; }

    public string? Id { get; set; }

    public string? Label { get; set; }

    public DocumentDto? Document { get; set; }

    public string? Sex { get; set; }

    public string? Smoking { get; set; }

    public AgeDto? Age { get; set; }

    public DateDto? FollowUpEnd { get; set; }

    public string? DateConvention { get; set; }

    public List<NoteDto>? Notes { get; set; }

    public List<EventDto>? Events { get; set; }
}
