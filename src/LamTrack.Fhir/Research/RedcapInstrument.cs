namespace LamTrack.Fhir.Research;

/// <summary>A REDCap instrument (form): its fields and whether a record can hold several instances of it.</summary>
/// <param name="Name">The form name (lower case with underscores).</param>
/// <param name="Repeating">Whether it is a repeating instrument (one row per instance).</param>
/// <param name="Fields">Its fields, in column order.</param>
public sealed record RedcapInstrument(string Name, bool Repeating, IReadOnlyList<RedcapField> Fields)
{
    /// <summary>The instrument's completion column, <c>&lt;form&gt;_complete</c> (2 = Complete).</summary>
    public string CompleteColumn => Name + "_complete";
}
