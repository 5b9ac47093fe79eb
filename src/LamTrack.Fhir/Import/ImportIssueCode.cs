namespace LamTrack.Fhir.Import;

/// <summary>A stable identifier for one kind of import problem, such as <c>FHIR-IMP-004</c>.</summary>
/// <remarks>Ids are permanent: a retired code is never reused for another meaning (docs/fhir.md lists them).</remarks>
/// <param name="Id">The code, <c>FHIR-IMP-</c> and three digits.</param>
/// <param name="Severity">The severity a problem of this kind has.</param>
/// <param name="Title">A short description of the kind of problem.</param>
public sealed record ImportIssueCode(string Id, ImportSeverity Severity, string Title)
{
    /// <summary>The id.</summary>
    public override string ToString() => Id;
}
