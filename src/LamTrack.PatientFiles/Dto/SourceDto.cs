namespace LamTrack.PatientFiles.Dto;

/// <summary>The provenance of a record: a locator string, or an object with basis, quote and note.</summary>
internal sealed class SourceDto
{
    public string? Document { get; set; }

    public string? Locator { get; set; }

    public string? Basis { get; set; }

    public string? Quote { get; set; }

    public string? Note { get; set; }
}
