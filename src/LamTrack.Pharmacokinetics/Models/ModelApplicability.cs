namespace LamTrack.Pharmacokinetics.Models;

/// <summary>Whether a model applies to a patient, with the subject prior when it does and the reasons when it does not.</summary>
public sealed class ModelApplicability
{
    private ModelApplicability(PopulationModel model, SubjectPrior? prior, IReadOnlyList<string> reasons, IReadOnlyList<string> assumptions)
    {
        Model = model;
        Prior = prior;
        Reasons = reasons;
        Assumptions = assumptions;
    }

    /// <summary>The model.</summary>
    public PopulationModel Model { get; }

    /// <summary>The subject's prior, or null when not applicable.</summary>
    public SubjectPrior? Prior { get; }

    /// <summary>True when the model may be used for the patient.</summary>
    public bool IsApplicable => Prior is not null;

    /// <summary>Why the model is not applicable (empty when it is).</summary>
    public IReadOnlyList<string> Reasons { get; }

    /// <summary>Assumptions made (off-population prior, assumed covariates); always reported.</summary>
    public IReadOnlyList<string> Assumptions { get; }

    /// <summary>An applicable outcome.</summary>
    public static ModelApplicability Applicable(PopulationModel model, SubjectPrior prior, IReadOnlyList<string> assumptions) =>
        new(model, prior, [], assumptions);

    /// <summary>A not-applicable outcome with its reasons.</summary>
    public static ModelApplicability NotApplicable(PopulationModel model, IReadOnlyList<string> reasons, IReadOnlyList<string> assumptions) =>
        new(model, null, reasons, assumptions);
}
