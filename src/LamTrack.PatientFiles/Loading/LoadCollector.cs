namespace LamTrack.PatientFiles.Loading;

/// <summary>Gathers record outcomes in reading order: the valid projections, every issue, and the rejected records.</summary>
/// <remarks>Duplicate ids are caught here, in order, so the first record with an id wins wherever it was read.</remarks>
internal sealed class LoadCollector<T>
{
    private readonly List<T> _items = [];
    private readonly List<PatientFileIssue> _issues = [];
    private readonly List<string> _invalid = [];
    private readonly Dictionary<string, RecordLabel> _seen = new(StringComparer.Ordinal);

    public void Add(PatientFileIssue issue) => _issues.Add(issue);

    public void AddRange(IEnumerable<RecordOutcome<T>> outcomes)
    {
        foreach (RecordOutcome<T> outcome in outcomes)
        {
            Add(outcome);
        }
    }

    public void Add(RecordOutcome<T> r)
    {
        if (r.IsBlank)
        {
            return;
        }

        _issues.AddRange(r.Issues);
        if (!r.IsValid)
        {
            _invalid.Add(r.Label.ToString());
        }
        else if (!_seen.TryAdd(r.PatientId!, r.Label))
        {
            _issues.Add(new PatientFileIssue(PatientFileIssueCodes.DuplicatePatientId, r.Label.File, r.Label.Line, r.PatientId, null, "id", $"patient id '{r.PatientId}' is already used by {_seen[r.PatientId!]}"));
            _invalid.Add(r.Label.ToString());
        }
        else
        {
            _items.Add(r.Item!);
        }
    }

    public ProjectedLoadResult<T> Result() => new(_items, _issues, _invalid);
}
