namespace LamTrack.PatientFiles.Dto;

/// <summary>A stated age.</summary>
internal sealed class AgeDto
{
    public double? Years { get; set; }

    public DateDto? AsOf { get; set; }

    public SourceDto? Source { get; set; }
}
