namespace LamTrack.Web.Api;

/// <summary>Where a problem was found, as a problem-details body gives it.</summary>
/// <param name="File">The input (a file name, <c>request body</c>, a database).</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Record">The record (a patient id, or patient/event).</param>
/// <param name="Field">The field as the patient-file format names it.</param>
/// <param name="JsonPointer">The field as an RFC 6901 JSON pointer into the request body.</param>
public sealed record ProblemPlace(string? File, long? Line, string? Record, string? Field, string? JsonPointer);
