namespace LamTrack.Web.Api;

/// <summary>A page of the patient list.</summary>
/// <param name="Total">How many patients match the search.</param>
/// <param name="Offset">The index of the first item.</param>
/// <param name="Items">The page.</param>
public sealed record PatientPage(int Total, int Offset, IReadOnlyList<PatientListItem> Items);
