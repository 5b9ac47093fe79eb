namespace LamTrack.PatientFiles.Loading;

/// <summary>Gathers record outcomes in reading order: the valid projections, every issue, and the rejected records.</summary>
/// <remarks>Duplicate ids are caught here, in order, so the first record with an id wins wherever it was read. Ids that
/// differ only in letter case count as duplicates: <c>import --data</c> and <c>export</c> make file names of them, and
/// a case-insensitive file system would merge the two patients into one file.</remarks>
internal sealed class LoadCollector<T>
{
    private readonly List<T> _items = [];
    private readonly List<PatientFileIssue> _issues = [];
    private readonly List<string> _invalid = [];
    private readonly Dictionary<string, RecordLabel> _seen = new(StringComparer.OrdinalIgnoreCase);

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
            _issues.Add(new PatientFileIssue(PatientFileIssueCodes.DuplicatePatientId, r.Label.File, r.Label.Line, r.PatientId, null, "id", Duplicate(r.PatientId!)));
            _invalid.Add(r.Label.ToString());
        }
        else
        {
            _items.Add(r.Item!);
        }
    }

    private string Duplicate(string id)
    {
        RecordLabel first = _seen[id];
        return first.PatientId == id
            ? $"patient id '{id}' is already used by {first}"
            : $"patient id '{id}' differs only in letter case from '{first.PatientId}' of {first}; ids become file names, so they must differ in more than case";
    }

    public ProjectedLoadResult<T> Result() => new(_items, _issues, _invalid);
}
