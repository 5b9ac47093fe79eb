using LamTrack.Domain.Events;
using LamTrack.Domain.Patients;
using LamTrack.Guidance.Catalogue;
using LamTrack.Guidance.Engine;
using LamTrack.Guidance.Interactions;
using LamTrack.Guidance.Settings;

namespace LamTrack.Guidance.Tests.Engine;

public sealed class GuidanceEngineTests
{
    [Fact]
    public void CreateDefault_EmbeddedCatalogue_MatchesTheImplementedRules()
    {
        GuidanceEngine engine = GuidanceEngine.CreateDefault();
        Assert.Equal(31, engine.Catalogue.Rules.Count);
    }

    [Fact]
    public void Constructor_CatalogueWithAnUnimplementedRule_IsAStartUpError()
    {
        const string json = """
            { "sources": { "s": { "reference": "r" } }, "rules": [ { "id": "LAM-XYZ-001", "version": 1, "title": "t", "category": "Timing",
              "citation": { "source": "s", "locator": "l", "tag": "P" }, "strength": "CaseSeries", "confidence": "c",
              "domain": { "description": "d", "femaleOnly": true, "minimumAgeYears": 18, "maximumAgeYears": 130, "requiresLamDiagnosis": true } } ] }
            """;
        var ex = Assert.Throws<RuleCatalogueException>(() => new GuidanceEngine(RuleCatalogue.Parse(json, "x.json"), GuidanceSettings.Default, new UnavailableInteractionForecaster(), PerpetratorCatalogue.LoadShipped()));
        Assert.Contains("rule 'LAM-XYZ-001' is in the catalogue but not implemented", ex.Problems);
        Assert.Contains("unknown rule id 'LAM-IND-001': implemented but not in the rule catalogue (no citation)", ex.Problems);
    }

    [Fact]
    public void Constructor_InvalidSettings_IsAClearError()
    {
        var bad = GuidanceSettings.Default with { InteractionTroughWithinDays = -1 };
        Assert.Throws<GuidanceSettingsException>(() => GuidanceEngine.CreateDefault(bad));
    }

    [Fact]
    public void Evaluate_AsOfBeforeFirstEvent_IsAClearError()
    {
        Patient p = new PatientBuilder().Diagnosed("2019-01-01").Build("p1");
        var ex = Assert.Throws<GuidanceInputException>(() => GuidanceEngine.CreateDefault().Evaluate(p, PatientBuilder.Day("2018-12-31")));
        Assert.Equal("patient p1: as-of date 2018-12-31 is before the patient's first event (dx-1 on 2019-01-01)", ex.Message);
    }

    [Fact]
    public void Evaluate_AsOfOnFirstEvent_Evaluates() =>
        Assert.NotEmpty(GuidanceEngine.CreateDefault().Evaluate(new PatientBuilder().Diagnosed("2019-01-01").Build(), PatientBuilder.Day("2019-01-01")).Outcomes);

    [Fact]
    public void Evaluate_RecordFailingValidation_ProducesNoFinding()
    {
        Patient p = new PatientBuilder().Diagnosed().Pneumothorax("2019-05-01", resolved: "2019-04-01").Build("p2");
        var ex = Assert.Throws<GuidanceInputException>(() => GuidanceEngine.CreateDefault().Evaluate(p, PatientBuilder.Day("2019-06-01")));
        Assert.Contains("patient p2 failed validation, no findings produced", ex.Message, StringComparison.Ordinal);
        Assert.Contains("resolution 2019-04-01 is before the start 2019-05-01", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_MalePatient_EveryFemaleOnlyRuleIsNotApplicable()
    {
        Patient p = new PatientBuilder { Sex = Sex.Male }.Diagnosed().Sirolimus("2019-02-01").Build();
        GuidanceReport report = GuidanceEngine.CreateDefault().Evaluate(p, PatientBuilder.Day("2019-03-01"));
        Assert.All(report.Outcomes, o => Assert.Contains("patient sex is Male", o.NotApplicableReason, StringComparison.Ordinal));
        Assert.Empty(report.Findings);
    }

    [Theory]
    [InlineData(17.0, false)] // one year below the adult domain
    [InlineData(18.0, true)] // at the lower bound
    public void Evaluate_AgeAtDomainBound_AppliesFrom18(double age, bool applicable)
    {
        Patient p = new PatientBuilder { AgeYears = age }.Diagnosed("2020-01-01").Sirolimus("2020-01-01").Build();
        GuidanceReport report = GuidanceEngine.CreateDefault().Evaluate(p, PatientBuilder.Day("2020-01-01"));
        Assert.Equal(applicable, report.Outcome("LAM-MON-001").IsApplicable);
    }

    [Fact]
    public void Evaluate_NoDiagnosis_RulesRequiringItAreNotApplicable()
    {
        Patient p = new PatientBuilder().Evidence("2019-01-01", EvidenceKind.Hrct).Sirolimus("2019-02-01").Build();
        GuidanceReport report = GuidanceEngine.CreateDefault().Evaluate(p, PatientBuilder.Day("2019-03-01"));
        Assert.Contains("no LAM diagnosis is established as of 2019-03-01", report.Outcome("LAM-MON-001").NotApplicableReason, StringComparison.Ordinal);
        Assert.True(report.Outcome("LAM-DX-001").IsApplicable);
    }

    [Fact]
    public void Evaluate_FutureEvents_AreIgnored()
    {
        Patient p = new PatientBuilder().Diagnosed().Pneumothorax("2019-06-01").Build();
        GuidanceReport report = GuidanceEngine.CreateDefault().Evaluate(p, PatientBuilder.Day("2019-05-31"));
        Assert.Empty(report.FindingsOf("LAM-PTX-001"));
    }

    [Fact]
    public void Findings_AreOrderedMostSevereFirst()
    {
        Patient p = new PatientBuilder().Diagnosed().Sirolimus("2019-02-01").Pneumothorax("2019-06-01").Build();
        GuidanceReport report = GuidanceEngine.CreateDefault().Evaluate(p, PatientBuilder.Day("2019-06-02"));
        Assert.Equal(report.Findings.Max(f => f.Severity), report.MostSevere!.Severity);
        Assert.Equal(report.Findings.OrderByDescending(f => f.Severity).Select(f => f.Severity), report.Findings.Select(f => f.Severity));
    }
}
