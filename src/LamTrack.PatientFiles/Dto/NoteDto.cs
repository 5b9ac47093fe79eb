namespace LamTrack.PatientFiles.Dto;

/// <summary>A curation note.</summary>
internal sealed class NoteDto
{
    public string? Topic { get; set; }

    public string? Text { get; set; }

    public SourceDto? Source { get; set; }

    public List<string>? Events { get; set; }
}
