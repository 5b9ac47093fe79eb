namespace LamTrack.PatientFiles.Loading;

/// <summary>What became of one record: its projected patient, or its problems.</summary>
/// <typeparam name="T">What each valid patient is projected to.</typeparam>
/// <param name="PatientId">The record's patient id, once the patient is valid (for the duplicate check).</param>
/// <param name="Item">The projection of the valid patient; default when the record is invalid.</param>
/// <param name="Issues">The record's problems (empty when valid).</param>
/// <param name="Label">"file:line patient-id", for the list of invalid records.</param>
internal sealed record RecordOutcome<T>(string? PatientId, T? Item, IReadOnlyList<PatientFileIssue> Issues, RecordLabel Label)
{
    public static RecordOutcome<T> Blank { get; } = new(null, default, [], default) { IsBlank = true };

    public bool IsBlank { get; private init; }

    public bool IsValid => PatientId is not null;

    public static RecordOutcome<T> Failed(PatientFileIssue issue) =>
        new(null, default, [issue], new RecordLabel(issue.File, issue.Line, null));

    public static RecordOutcome<T> Failed(IReadOnlyList<PatientFileIssue> issues, RecordLabel label) => new(null, default, issues, label);
}
