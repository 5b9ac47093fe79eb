using LamTrack.Application.Problems;
using LamTrack.Guidance.Catalogue;
using LamTrack.Guidance.Settings;

namespace LamTrack.Application.Guidance;

/// <summary>The guidance rule catalogue and the settings with their defaults and sources (the use case behind <c>lamtrack rules</c>).</summary>
/// <remarks>A catalogue that does not match the implemented rules comes back as <c>GUIDE-002</c> problems, one per mismatch.</remarks>
public sealed class RuleCatalogueService
{
    // The catalogue is embedded in the guidance assembly: it is read once.
    private readonly Lazy<RuleCatalogueOutcome> _outcome = new(Describe);

    /// <summary>Describes every rule (id, version, citation with its verification tag, strength of evidence, validity domain) and every setting.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<RuleCatalogueOutcome> DescribeAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_outcome.Value);
    }

    private static RuleCatalogueOutcome Describe()
    {
        try
        {
            RuleCatalogue catalogue = RuleCatalogue.LoadEmbedded();
            return new RuleCatalogueOutcome(new RuleCatalogueDocument([.. catalogue.Rules.Select(Rule)], [.. GuidanceSettings.Default.Describe().Select(Setting)]), []);
        }
        catch (RuleCatalogueException e)
        {
            return new RuleCatalogueOutcome(null, [.. e.Problems.Select(m => new Problem(GuidanceProblemCodes.InvalidCatalogue, m) { Text = m })]);
        }
    }

    private static RuleDocument Rule(RuleMetadata r) => new(
        r.Id.ToString(), r.Version, r.Title, r.Category.ToString(), FindingDocuments.Citation(r.Citation), r.Strength.ToString(), r.Confidence,
        new RuleDomainDocument(r.Domain.Description, r.Domain.FemaleOnly, r.Domain.MinimumAge.ToYears(), r.Domain.MaximumAge.ToYears(), r.Domain.RequiresLamDiagnosis));

    private static SettingDocument Setting(SettingInfo s) => new(s.Name, s.Value, s.DefaultValue, s.Tag.Code(), s.Source, s.Meaning);
}
