namespace LamTrack.Application.Interop;

/// <summary>Settings of the de-identified research export, bound from the configuration section <c>LamTrack:Deidentification</c>
/// (for example the environment variable <c>LamTrack__Deidentification__Key</c>).</summary>
/// <remarks>docs/research-export.md says how to make and keep a key.</remarks>
public sealed class DeidentificationOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "LamTrack:Deidentification";

    /// <summary>The site's secret key, Base64, at least 32 bytes; when set, study ids and date shifts are HMAC-SHA256 of
    /// the patient id under it (the same in every export made with it); when empty, they are random for each export.</summary>
    public string? Key { get; set; }
}
