namespace LamTrack.Guidance.Catalogue;

/// <summary>The strength of the evidence or recommendation a rule rests on.</summary>
/// <remarks>GRADE strengths for the ATS/JRS guidelines; otherwise the kind of source.</remarks>
public enum EvidenceStrength
{
    /// <summary>A strong guideline recommendation (GRADE).</summary>
    StrongRecommendation,

    /// <summary>A conditional guideline recommendation (GRADE).</summary>
    ConditionalRecommendation,

    /// <summary>An instruction of the official product label.</summary>
    LabelInstruction,

    /// <summary>A national expert consensus statement.</summary>
    ExpertConsensus,

    /// <summary>An observational cohort or registry study.</summary>
    Observational,

    /// <summary>A case series: hypothesis-generating, not a recommendation.</summary>
    CaseSeries,

    /// <summary>Patient-organisation or expert advice without a graded recommendation.</summary>
    ExpertOpinion,
}
