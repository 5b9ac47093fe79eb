using LamTrack.Domain.Events;
using LamTrack.Domain.Patients;

namespace LamTrack.Analytics.CaseSeries;

/// <summary>Computes Table 1's "Sirolimus concentration" cell: the range of trough levels during therapy.</summary>
/// <remarks>
/// Single results and reported ranges (summaries) that fall in a running course form the computed range. A range that
/// Table 1 itself reports is the printed value when it exists; when it differs from the computed range, a footnote says so.
/// Censored results keep their sign: "&gt; 15" sorts just above 15, "&lt; x" and "undetectable" at the bottom.
/// </remarks>
internal static class TroughRangeCell
{
    private const string OnlyOnce = "Only examined once";

    public static CellDraft Compute(Patient p)
    {
        TroughLevel[] singles = [.. p.EventsOf<TroughLevel>().Where(t => SirolimusExposure.IsOnSirolimus(p, t.Date.Midpoint))];
        TroughSummary[] summaries = [.. p.EventsOf<TroughSummary>().Where(s => SirolimusExposure.OverlapsSirolimus(p, s))];
        TroughSummary[] printed = [.. summaries.Where(s => s.Source.Cites("Table 1"))];
        ClinicalEvent[] computedFrom = [.. singles, .. summaries.Where(s => !s.Source.Cites("Table 1"))];

        CellDraft? computed = computedFrom.Length == 0 ? null : Range(singles, summaries.Except(printed));
        CellDraft? table = printed.Length == 0 ? null : Range([], printed);
        if (table is null)
        {
            return computed ?? CellDraft.Unknown;
        }

        if (computed is null || computed.Text == table.Text)
        {
            return table with { EventIds = [.. table.EventIds, .. computed?.EventIds ?? []] };
        }

        string detail = string.Join(", ", computedFrom.Select(e => $"{Describe(e)} [{e.Source.Locator}]"));
        return table with
        {
            EventIds = [.. table.EventIds, .. computed.EventIds],
            Conflict = $"Sirolimus concentration: sources differ. Table 1 prints {table.Text} ng/mL; the recorded levels give {computed.Text} ng/mL ({detail}).",
        };
    }

    private static CellDraft Range(TroughLevel[] singles, IEnumerable<TroughSummary> summaries)
    {
        var bounds = new List<(double Sort, string Text)>();
        foreach (TroughLevel t in singles)
        {
            bounds.Add(Bound(t.Result));
        }

        TroughSummary[] s = [.. summaries];
        foreach (TroughSummary summary in s)
        {
            bounds.Add((summary.Low.ToNanogramsPerMillilitre(), Table1Builder.Number(summary.Low.ToNanogramsPerMillilitre())));
            bounds.Add((summary.High.ToNanogramsPerMillilitre(), Table1Builder.Number(summary.High.ToNanogramsPerMillilitre())));
        }

        var low = bounds.MinBy(b => b.Sort);
        var high = bounds.MaxBy(b => b.Sort);
        string text = low.Text == high.Text ? low.Text : $"{low.Text}–{high.Text}";
        bool once = (singles.Length == 1 && s.Length == 0) || (singles.Length == 0 && s.Length == 1 && s[0].MeasurementCount == 1);
        return new CellDraft(text, [.. singles.Select(t => t.Id), .. s.Select(x => x.Id)]) { Qualifier = once ? OnlyOnce : null };
    }

    private static (double Sort, string Text) Bound(TroughResult r) => r.Censoring switch
    {
        TroughCensoring.None => (r.Value!.Value.ToNanogramsPerMillilitre(), Table1Builder.Number(r.Value.Value.ToNanogramsPerMillilitre())),
        TroughCensoring.AboveLimit => (r.Limit!.Value.ToNanogramsPerMillilitre() + 1e-9, ">" + Table1Builder.Number(r.Limit.Value.ToNanogramsPerMillilitre())),
        TroughCensoring.BelowLimit => (-1, "<" + Table1Builder.Number(r.Limit!.Value.ToNanogramsPerMillilitre())),
        _ => (-2, "undetectable"),
    };

    private static string Describe(ClinicalEvent e) => e switch
    {
        TroughLevel t => t.Result.ToString(),
        TroughSummary s => $"{Table1Builder.Number(s.Low.ToNanogramsPerMillilitre())}–{Table1Builder.Number(s.High.ToNanogramsPerMillilitre())} ng/mL",
        _ => e.Id,
    };
}
