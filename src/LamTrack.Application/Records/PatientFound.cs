using LamTrack.Application.Ports;
using LamTrack.Application.Problems;

namespace LamTrack.Application.Records;

/// <summary>A stored patient with the version an edit must quote, or the problems that kept her from being read.</summary>
/// <param name="Patient">The patient and her version; null when not found or not readable.</param>
/// <param name="Problems">Why she could not be read (<c>APP-002</c> when she is not stored, <c>STORE-…</c> from the store).</param>
public sealed record PatientFound(PatientVersion? Patient, IReadOnlyList<Problem> Problems);
