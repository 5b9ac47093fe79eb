using LamTrack.Domain.Events;

namespace LamTrack.Analytics.CaseSeries;

/// <summary>One source's value for a Table 1 cell.</summary>
internal sealed record Candidate(string Text, ClinicalEvent Event)
{
    public bool FromTable1 => Event.Source.Cites("Table 1");

    /// <summary>
    /// Picks the printed value among candidates. When sources disagree, the value Table 1 prints wins and the
    /// disagreement becomes a footnote, as the paper's own Table 1 is the published summary.
    /// </summary>
    public static CellDraft Choose(IReadOnlyList<Candidate> candidates, string what)
    {
        if (candidates.Count == 0)
        {
            return CellDraft.Unknown;
        }

        string[] ids = [.. candidates.Select(c => c.Event.Id)];
        if (candidates.Select(c => c.Text).Distinct(StringComparer.Ordinal).Count() == 1)
        {
            return new CellDraft(candidates[0].Text, ids);
        }

        Candidate printed = candidates.FirstOrDefault(c => c.FromTable1) ?? candidates[0];
        IEnumerable<string> others = candidates.Where(c => c.Text != printed.Text).Select(c => $"{c.Event.Source.Locator} gives {c.Text}");
        string lead = printed.FromTable1 ? $"Table 1 prints {printed.Text}" : $"shown: {printed.Text} ({printed.Event.Source.Locator})";
        return new CellDraft(printed.Text, ids) { Conflict = $"{what}: sources differ. {lead}; {string.Join("; ", others)}." };
    }
}
