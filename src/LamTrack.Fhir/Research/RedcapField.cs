namespace LamTrack.Fhir.Research;

/// <summary>One field of a REDCap-style data dictionary ([REDCAP] in docs/references.md).</summary>
/// <param name="Name">Variable name (lower case, digits and underscores).</param>
/// <param name="Form">The instrument it belongs to.</param>
/// <param name="Type">REDCap field type: text, notes, radio, dropdown, yesno, checkbox, calc.</param>
/// <param name="Label">The field label, with its unit where it has one.</param>
/// <param name="Choices">For radio/dropdown/checkbox: <c>code, label | code, label</c>.</param>
/// <param name="Validation">Text validation type: date_ymd, integer, number, number_1dp ...</param>
/// <param name="Minimum">Lowest accepted value, for numbers.</param>
/// <param name="Maximum">Highest accepted value, for numbers.</param>
/// <param name="Identifier">Whether the field is protected health information (dropped by de-identification).</param>
/// <param name="Annotation">Field annotation; LamTrack writes the FHIR binding here (<c>@FHIR=...</c>).</param>
public sealed record RedcapField(
    string Name,
    string Form,
    string Type,
    string Label,
    string? Choices = null,
    string? Validation = null,
    string? Minimum = null,
    string? Maximum = null,
    bool Identifier = false,
    string? Annotation = null)
{
    /// <summary>The 18 column headers of a REDCap data-dictionary CSV, in order.</summary>
    public static IReadOnlyList<string> DictionaryHeader { get; } =
    [
        "Variable / Field Name", "Form Name", "Section Header", "Field Type", "Field Label",
        "Choices, Calculations, OR Slider Labels", "Field Note", "Text Validation Type OR Show Slider Number",
        "Text Validation Min", "Text Validation Max", "Identifier?", "Branching Logic (Show field only if...)",
        "Required Field?", "Custom Alignment", "Question Number (surveys only)", "Matrix Group Name", "Matrix Ranking?",
        "Field Annotation",
    ];

    /// <summary>This field as a data-dictionary row (same order as <see cref="DictionaryHeader"/>).</summary>
    public IReadOnlyList<string?> ToDictionaryRow() =>
        [Name, Form, null, Type, Label, Choices, null, Validation, Minimum, Maximum, Identifier ? "y" : null, null, null, null, null, null, null, Annotation];
}
