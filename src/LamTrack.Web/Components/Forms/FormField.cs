namespace LamTrack.Web.Components.Forms;

/// <summary>One field of an event form: where its value goes in the patient-file JSON, its label, and how it is entered.</summary>
/// <remarks>
/// <see cref="Path"/> is dot-separated ("result.value"); a segment "values[fev1]" addresses the element of the array
/// "values" whose "measure" is "fev1". The file reader's problems name the same path, so each message lands next to
/// its field.
/// </remarks>
public sealed record FormField(string Path, string Label, FieldKind Kind)
{
    /// <summary>Whether the form marks the field as required (the reader decides what is valid).</summary>
    public bool Required { get; init; }

    /// <summary>The words a <see cref="FieldKind.Choice"/> field offers.</summary>
    public IReadOnlyList<string> Options { get; init; } = [];

    /// <summary>A hint shown under the field (units, notation).</summary>
    public string? Hint { get; init; }

    /// <summary>The value the field starts with in a new event.</summary>
    public string? Default { get; init; }

    /// <summary>The element id of the field's input.</summary>
    public string InputId => "f-" + Path.Replace('.', '-').Replace('[', '-').Replace("]", string.Empty, StringComparison.Ordinal);
}
