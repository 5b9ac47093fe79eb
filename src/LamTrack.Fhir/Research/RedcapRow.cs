namespace LamTrack.Fhir.Research;

/// <summary>One row of a REDCap flat export: the record's non-repeating data (no instrument) or one instance of a
/// repeating instrument.</summary>
/// <param name="RecordId">The record (patient or study) id.</param>
/// <param name="Instrument">The repeating instrument, or <see langword="null"/> for the record's main row.</param>
/// <param name="Instance">The 1-based instance number for a repeating instrument.</param>
/// <param name="Values">Field values by field name, already formatted (ISO dates, invariant numbers).</param>
public sealed record RedcapRow(string RecordId, RedcapInstrument? Instrument, int? Instance, IReadOnlyDictionary<string, string?> Values);
