namespace LamTrack.Analytics.CaseSeries;

/// <summary>The row labels of Table 1, in the paper's order.</summary>
public static class Table1Rows
{
    /// <summary>Age at presentation.</summary>
    public const string Age = "Age (years)";

    /// <summary>Serum VEGF-D.</summary>
    public const string VegfD = "VEGF-D (pg/ml)";

    /// <summary>Arterial PaO2.</summary>
    public const string PaO2 = "PaO2 (mmHg)";

    /// <summary>Thoracic surgery for pneumothorax before sirolimus.</summary>
    public const string Surgery = "Surgery";

    /// <summary>Chemical pleurodesis before sirolimus.</summary>
    public const string ChemicalPleurodesis = "Chemical pleurodesis";

    /// <summary>Pneumothorax episodes before the first sirolimus start.</summary>
    public const string EpisodesBefore = "Number of PTX episodes before sirolimus therapy";

    /// <summary>Range of trough levels during therapy.</summary>
    public const string Concentration = "Sirolimus concentration (ng/ml)";

    /// <summary>Pneumothorax episodes while a course is running.</summary>
    public const string EpisodesDuring = "Number of PTX episodes during sirolimus therapy";

    /// <summary>The follow-up six-minute walk distance.</summary>
    public const string SixMinuteWalk = "Follow-up 6MWT results (m)";

    /// <summary>All rows in order.</summary>
    public static IReadOnlyList<string> All { get; } = [Age, VegfD, PaO2, Surgery, ChemicalPleurodesis, EpisodesBefore, Concentration, EpisodesDuring, SixMinuteWalk];
}
