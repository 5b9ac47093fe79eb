using LamTrack.Guidance.Catalogue;

namespace LamTrack.Guidance.Tests.Catalogue;

public sealed class RuleCatalogueTests
{
    private const string Sources = """
        "sources": { "paper": { "reference": "A case series", "link": "doi:10.1/x" } }
        """;

    private static string Rule(string id, string citation = """{ "source": "paper", "locator": "Discussion", "tag": "P" }""") => $$"""
        { "id": "{{id}}", "version": 1, "title": "A rule", "category": "Timing", "citation": {{citation}},
          "strength": "CaseSeries", "confidence": "not graded",
          "domain": { "description": "adult women", "femaleOnly": true, "minimumAgeYears": 18, "maximumAgeYears": 130, "requiresLamDiagnosis": true } }
        """;

    private static string Document(params string[] rules) => $$"""{ {{Sources}}, "rules": [ {{string.Join(",", rules)}} ] }""";

    [Fact]
    public void LoadEmbedded_ShippedCatalogue_IsValidAndEveryRuleIsCited()
    {
        RuleCatalogue catalogue = RuleCatalogue.LoadEmbedded();
        Assert.True(catalogue.Rules.Count >= 25);
        Assert.All(catalogue.Rules, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Citation.Source));
            Assert.False(string.IsNullOrWhiteSpace(r.Citation.Locator));
            Assert.True(r.Version >= 1);
        });
    }

    [Fact]
    public void LoadEmbedded_ThresholdRulesFromSecondarySources_CarryTheSecondaryTag()
    {
        RuleCatalogue catalogue = RuleCatalogue.LoadEmbedded();
        Assert.Equal(VerificationTag.Secondary, catalogue.Get("LAM-IND-001").Citation.Tag);
        Assert.Equal(VerificationTag.Secondary, catalogue.Get("LAM-IND-002").Citation.Tag);
        Assert.Equal(EvidenceStrength.CaseSeries, catalogue.Get("LAM-IND-005").Strength);
    }

    [Fact]
    public void Parse_ValidDocument_ReturnsTheRule()
    {
        RuleCatalogue catalogue = RuleCatalogue.Parse(Document(Rule("LAM-TIM-001")), "test.json");
        RuleMetadata rule = Assert.Single(catalogue.Rules);
        Assert.Equal("A case series, Discussion, doi:10.1/x [P]", rule.Citation.ToString());
        Assert.Equal(18, rule.Domain.MinimumAge.ToYears());
    }

    [Fact]
    public void Parse_DuplicateId_ReportsRecordAndField()
    {
        var ex = Assert.Throws<RuleCatalogueException>(() => RuleCatalogue.Parse(Document(Rule("LAM-TIM-001"), Rule("LAM-TIM-001")), "test.json"));
        Assert.Contains("test.json: rule #2 (LAM-TIM-001): field 'id': duplicate id", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingCitation_ReportsRecordAndField()
    {
        string noCitation = Rule("LAM-TIM-001").Replace("\"citation\"", "\"cite\"", StringComparison.Ordinal);
        var ex = Assert.Throws<RuleCatalogueException>(() => RuleCatalogue.Parse(Document(noCitation), "test.json"));
        Assert.Contains("rule #1 (LAM-TIM-001): field 'citation': missing", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "source": "nowhere", "locator": "x", "tag": "P" }""", "'nowhere' is not a key of 'sources'")] // citation points at an unknown source
    [InlineData("""{ "source": "paper", "locator": "x", "tag": "Q" }""", "'Q' is not one of P, L, L/S, S, UNVERIFIED")] // unknown verification tag
    [InlineData("""{ "source": "paper", "locator": "", "tag": "P" }""", "field 'citation.locator': is empty")] // a citation must say where in the source
    public void Parse_BadCitation_ReportsTheReason(string citation, string expected)
    {
        var ex = Assert.Throws<RuleCatalogueException>(() => RuleCatalogue.Parse(Document(Rule("LAM-TIM-001", citation)), "test.json"));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MalformedId_ReportsTheForm()
    {
        var ex = Assert.Throws<RuleCatalogueException>(() => RuleCatalogue.Parse(Document(Rule("TIMING-1")), "test.json"));
        Assert.Contains("field 'id': 'TIMING-1' is not of the form LAM-AAA-999", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsAllOfThem()
    {
        var ex = Assert.Throws<RuleCatalogueException>(() => RuleCatalogue.Parse(Document(Rule("bad"), Rule("LAM-X-1")), "test.json"));
        Assert.Equal(2, ex.Problems.Count);
    }

    [Fact]
    public void Parse_NotJson_ReportsTheLine()
    {
        var ex = Assert.Throws<RuleCatalogueException>(() => RuleCatalogue.Parse("{\n\"rules\": [\n}", "test.json"));
        Assert.StartsWith("test.json: line 3: not valid JSON", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Get_UnknownId_IsAClearError()
    {
        RuleCatalogue catalogue = RuleCatalogue.Parse(Document(Rule("LAM-TIM-001")), "test.json");
        var ex = Assert.Throws<RuleCatalogueException>(() => catalogue.Get("LAM-TIM-999"));
        Assert.Equal("unknown rule id 'LAM-TIM-999': not in the rule catalogue", ex.Message);
    }

    [Fact]
    public void RequireImplementations_UnknownAndMissingIds_ListsEach()
    {
        RuleCatalogue catalogue = RuleCatalogue.Parse(Document(Rule("LAM-TIM-001"), Rule("LAM-TIM-002")), "test.json");
        var ex = Assert.Throws<RuleCatalogueException>(() => catalogue.RequireImplementations([RuleId.Parse("LAM-TIM-001"), RuleId.Parse("LAM-TIM-009")]));
        Assert.Contains("unknown rule id 'LAM-TIM-009': implemented but not in the rule catalogue (no citation)", ex.Problems);
        Assert.Contains("rule 'LAM-TIM-002' is in the catalogue but not implemented", ex.Problems);
    }

    [Fact]
    public void RequireImplementations_ExactMatch_DoesNotThrow()
    {
        RuleCatalogue catalogue = RuleCatalogue.Parse(Document(Rule("LAM-TIM-001")), "test.json");
        catalogue.RequireImplementations([RuleId.Parse("LAM-TIM-001")]);
        Assert.True(catalogue.Contains(RuleId.Parse("LAM-TIM-001")));
    }
}
