using LamTrack.Domain.Dates;
using LamTrack.Domain.Provenance;
using LamTrack.Measures.Quantities;

namespace LamTrack.Domain.Patients;

/// <summary>An age as the source states it, the date it refers to, and the source.</summary>
/// <param name="Age">The age in years.</param>
/// <param name="AsOf">The date the age refers to (the index admission), when it can be placed.</param>
/// <param name="Source">Where the age is stated.</param>
public sealed record StatedAge(Age Age, ClinicalDate? AsOf, SourceReference Source);
