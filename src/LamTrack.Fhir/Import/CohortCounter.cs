namespace LamTrack.Fhir.Import;

/// <summary>Counts, during an import with a cohort rule, the patients seen and the reasons others were left out.</summary>
internal sealed class CohortCounter
{
    private readonly Dictionary<string, int> _leftOut = new(StringComparer.Ordinal);
    private int _seen;
    private long _resourcesLeftOut;

    public void See() => _seen++;

    public void LeaveOut(string reason) => _leftOut[reason] = _leftOut.GetValueOrDefault(reason) + 1;

    public void AddResourcesLeftOut(long count) => _resourcesLeftOut += count;

    /// <summary>The summary; selected patients that were then skipped as invalid are counted as left out, invalid.</summary>
    public CohortSelection Result(CohortRule rule, int invalid)
    {
        var leftOut = new Dictionary<string, int>(_leftOut, StringComparer.Ordinal);
        if (invalid > 0)
        {
            leftOut[CohortReasons.Invalid] = invalid;
        }

        int selected = _seen - _leftOut.Values.Sum() - invalid;
        return new CohortSelection(rule, _seen, selected, leftOut, _resourcesLeftOut);
    }
}
