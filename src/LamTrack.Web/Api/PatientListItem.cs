namespace LamTrack.Web.Api;

/// <summary>One patient in a list, or the answer to a write.</summary>
/// <param name="Id">The patient's identifier.</param>
/// <param name="Label">Her label, when she has one.</param>
/// <param name="Version">Her stored version (the ETag of her record).</param>
public sealed record PatientListItem(string Id, string? Label, int Version);
