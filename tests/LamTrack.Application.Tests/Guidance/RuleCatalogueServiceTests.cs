using LamTrack.Application.Guidance;

namespace LamTrack.Application.Tests.Guidance;

public sealed class RuleCatalogueServiceTests
{
    [Fact]
    public async Task DescribeAsync_ShippedCatalogue_ListsEveryRuleWithCitationAndDomain()
    {
        RuleCatalogueOutcome outcome = await new RuleCatalogueService().DescribeAsync();

        Assert.Empty(outcome.Problems);
        RuleCatalogueDocument catalogue = outcome.Catalogue!;
        Assert.Equal(catalogue.Rules.Count, catalogue.Rules.Select(r => r.RuleId).Distinct(StringComparer.Ordinal).Count());
        RuleDocument first = catalogue.Rules[0];
        Assert.Equal("LAM-DX-001", first.RuleId);
        Assert.Equal("[P]", first.Citation.Tag);
        Assert.True(first.Domain.FemaleOnly);
        Assert.Contains(catalogue.Settings, s => s.Name == "veryLowTroughNanogramsPerMillilitre" && s.Value == s.DefaultValue);
    }
}
