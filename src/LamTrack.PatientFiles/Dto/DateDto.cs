namespace LamTrack.PatientFiles.Dto;

/// <summary>A date in the file: a notation string, optionally with "approx" and the source's own words.</summary>
/// <remarks>Written as a plain string (<c>"2016-03"</c>) unless <see cref="Approx"/> or <see cref="Stated"/> is set, then as an object.</remarks>
internal sealed class DateDto
{
    public string? Value { get; set; }

    public bool Approx { get; set; }

    public string? Stated { get; set; }
}
