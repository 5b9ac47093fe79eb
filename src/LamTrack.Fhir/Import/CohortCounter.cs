namespace LamTrack.Fhir.Import;

/// <summary>Counts, during an import with a cohort rule, the patients seen and the reasons others were left out.</summary>
internal sealed class CohortCounter
{
    private readonly Dictionary<string, int> _leftOut = new(StringComparer.Ordinal);
    private int _seen;
    private long _resourcesLeftOut;

    public void See() => _seen++;

    public void LeaveOut(string reason, int count = 1) => _leftOut[reason] = _leftOut.GetValueOrDefault(reason) + count;

    public void AddResourcesLeftOut(long count) => _resourcesLeftOut += count;

    /// <summary>Counts the patients whose Patient resource was skipped unparsed: seen and left out, with the reason the
    /// prepass found (a refuted LAM Condition, a broad code) where it found one, else no LAM Condition.</summary>
    public void LeaveOutUnparsed(long patients, IEnumerable<string> knownReasons)
    {
        long rest = patients;
        foreach (string reason in knownReasons.Take((int)Math.Min(patients, int.MaxValue)))
        {
            LeaveOut(reason);
            rest--;
        }

        _seen += (int)patients;
        if (rest > 0)
        {
            LeaveOut(CohortReasons.NoLamCondition, (int)rest);
        }
    }

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
