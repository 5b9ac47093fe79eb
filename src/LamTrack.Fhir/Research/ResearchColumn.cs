namespace LamTrack.Fhir.Research;

/// <summary>One column of the research export: its data-dictionary field, whether it is free text or an identifier
/// (dropped by de-identification) and how its value is read from a row source.</summary>
/// <typeparam name="T">What a row is made from (a patient or one event).</typeparam>
/// <param name="Field">The dictionary field.</param>
/// <param name="Sensitive">Free text or an identifier: left out of a de-identified export.</param>
/// <param name="Value">The formatted value for a row source, given the patient's date shift.</param>
internal sealed record ResearchColumn<T>(RedcapField Field, bool Sensitive, Func<T, ExportContext, string?> Value);
