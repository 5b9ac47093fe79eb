namespace LamTrack.Analytics.Baselines;

/// <summary>A published figure to read the cohort against, with its citation.</summary>
/// <param name="Id">A stable identifier ("almoosa2006-conservative").</param>
/// <param name="Measure">What the figure measures, in words.</param>
/// <param name="Value">The figure: a proportion in [0, 1] or a hazard ratio.</param>
/// <param name="Low">The lower 95 % limit when published, else null.</param>
/// <param name="High">The upper 95 % limit when published, else null.</param>
/// <param name="Kind">"proportion" or "hazardRatio".</param>
/// <param name="Citation">The source, as in docs/references.md ([ALMOOSA-2006], [LAM-CHINA-2022]).</param>
public sealed record HistoricalBaseline(string Id, string Measure, double Value, double? Low, double? High, string Kind, string Citation)
{
    private const string Almoosa =
        "Almoosa KF, et al. Management of pneumothorax in lymphangioleiomyomatosis: effects on recurrence and lung transplantation complications. Chest 2006;129(5):1274-1281. doi:10.1378/chest.129.5.1274";

    private const string LamChina =
        "LAM-CHINA. Sirolimus reduces the risk of pneumothorax recurrence in patients with lymphangioleiomyomatosis: a historical prospective self-controlled study. Orphanet J Rare Dis 2022. doi:10.1186/s13023-022-02418-2";

    /// <summary>Issue 3's baselines: recurrence after conservative management, chemical pleurodesis and surgery (Almoosa 2006), and sirolimus's hazard ratio (LAM-CHINA 2022).</summary>
    public static IReadOnlyList<HistoricalBaseline> Catalogue { get; } =
    [
        new("almoosa2006-conservative", "pneumothorax recurrence after conservative management", 0.66, null, null, "proportion", Almoosa),
        new("almoosa2006-chemical-pleurodesis", "pneumothorax recurrence after chemical pleurodesis", 0.27, null, null, "proportion", Almoosa),
        new("almoosa2006-surgery", "pneumothorax recurrence after surgery", 0.32, null, null, "proportion", Almoosa),
        new("lamchina2022-sirolimus-hr", "hazard ratio of pneumothorax recurrence on sirolimus vs before", 0.20, 0.14, 0.30, "hazardRatio", LamChina),
    ];
}
