namespace LamTrack.Web.Components.Forms;

/// <summary>The form of one event type of the patient file format: its title and its fields after the common ones.</summary>
/// <remarks>Every form also has the common fields id, date, source and note (docs/patient-file-format.md, "Events").</remarks>
public sealed record EventForm(string Type, string Title, IReadOnlyList<FormField> Fields)
{
    /// <summary>The common fields and the type's own, in display order.</summary>
    public IEnumerable<FormField> AllFields => EventForms.Common.Concat(Fields);
}
