using LamTrack.Guidance.Engine;
using LamTrack.Guidance.Findings;

namespace LamTrack.Guidance.Tests.Scenarios;

/// <summary>The five published cases at the key dates of issue 5. Dates follow each file's date convention (approximate dates are read at their midpoint).</summary>
public sealed class CaseSeriesScenarioTests
{
    [Fact]
    public void Case1_PregnantAt31WeeksWithPneumothorax_PregnancyTriggerIsCritical()
    {
        GuidanceReport r = CaseSeries.At("case-1", "2014-11-28");
        Finding pregnancy = Assert.Single(r.FindingsOf("LAM-PRG-003"));
        Assert.Equal(Severity.Critical, pregnancy.Severity);
        Assert.Contains("6 episode(s) during this pregnancy", pregnancy.Message, StringComparison.Ordinal);
        Assert.Single(r.FindingsOf("LAM-PTX-001"));
        Assert.Contains("no LAM diagnosis", r.Outcome("LAM-IND-005").NotApplicableReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Case1_AfterDeliveryAndDiagnosis_WaitForTheCaesareanWoundThenStart()
    {
        // The paper started sirolimus 28 days after delivery; the caesarean wound blocks an earlier start.
        GuidanceReport r = CaseSeries.At("case-1", "2015-01-05");
        Assert.Contains("a surgical wound has not healed", Assert.Single(r.FindingsOf("LAM-TIM-001")).Message, StringComparison.Ordinal);
        Assert.Empty(r.FindingsOf("LAM-TIM-002"));
        Assert.Equal(Severity.Consider, Assert.Single(r.FindingsOf("LAM-IND-005")).Severity);
        Assert.Empty(r.FindingsOf("LAM-PRG-003"));
        Assert.Contains("VEGF-D", Assert.Single(r.FindingsOf("LAM-DX-001")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Case2_StoppingToConceive_WarnsOfRelapseAndContraception()
    {
        GuidanceReport r = CaseSeries.At("case-2", "2017-06-20");
        Assert.Equal(Severity.Warning, Assert.Single(r.FindingsOf("LAM-PRG-002")).Severity);
        Assert.Contains("Sirolimus was stopped on 2017-06", Assert.Single(r.FindingsOf("LAM-IND-005")).Message, StringComparison.Ordinal);
        Assert.Single(r.FindingsOf("LAM-PRG-001"));
    }

    [Fact]
    public void Case2_ThreeMonthsAfterStopping_PneumothoraxRecurred()
    {
        GuidanceReport r = CaseSeries.At("case-2", "2017-09-16");
        Assert.Single(r.FindingsOf("LAM-PTX-001"));
        Assert.Single(r.FindingsOf("LAM-PRG-002"));
    }

    [Fact]
    public void Case3_AfterFirstPneumothorax_OffersPleurodesisAndNoIndicationYet()
    {
        GuidanceReport r = CaseSeries.At("case-3", "2014-08-20");
        Finding pleurodesis = Assert.Single(r.FindingsOf("LAM-PTX-002"));
        Assert.Contains("after the first pneumothorax", pleurodesis.Message, StringComparison.Ordinal);
        Assert.Single(r.FindingsOf("LAM-PTX-003"));
        Assert.Empty(r.FindingsOf("LAM-IND-005"));
        Assert.StartsWith("Do not start sirolimus yet", Assert.Single(r.FindingsOf("LAM-TIM-001")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Case4_AntiTuberculosisStartedWithSirolimus_LevelExpectedToFall()
    {
        Finding f = Assert.Single(CaseSeries.At("case-4", "2014-12-20").FindingsOf("LAM-INT-001"));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains("expected to fall", f.Message, StringComparison.Ordinal);
        Assert.Contains("no forecast available", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Case4_AntiTuberculosisStopped_LevelExpectedToRise()
    {
        Finding f = Assert.Single(CaseSeries.At("case-4", "2015-12-20").FindingsOf("LAM-INT-002"));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains("expected to rise (toxicity risk)", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Case4_LevelAbove15WithJointPain_ToxicityWarning()
    {
        GuidanceReport r = CaseSeries.At("case-4", "2016-01-20");
        Finding f = Assert.Single(r.FindingsOf("LAM-TRO-003"));
        Assert.Contains("> 15 ng/mL", f.Message, StringComparison.Ordinal);
        Assert.Contains("swollen, painful ankles and fingers", f.Message, StringComparison.Ordinal);
        Assert.Contains("inducer stopped", f.Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public void Case4_AntiTuberculosisRestarted_LevelExpectedToFallAgain() =>
        Assert.Contains("expected to fall", Assert.Single(CaseSeries.At("case-4", "2016-02-20").FindingsOf("LAM-INT-001")).Message, StringComparison.Ordinal);

    [Fact]
    public void Case4_Level001WithRecurrence_CriticalVeryLowTrough()
    {
        GuidanceReport r = CaseSeries.At("case-4", "2016-06-20");
        Finding f = Assert.Single(r.FindingsOf("LAM-TRO-002"));
        Assert.Equal(Severity.Critical, f.Severity);
        Assert.Contains("0.01 ng/mL", f.Message, StringComparison.Ordinal);
        Assert.Contains("ongoing inducer", f.Rationale, StringComparison.Ordinal);
        Assert.Same(f, r.MostSevere);
        Assert.Contains("does not treat", Assert.Single(r.FindingsOf("LAM-TIM-001")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Case5_AfterTumourResection_IndicationsAndStartAdvice()
    {
        GuidanceReport r = CaseSeries.At("case-5", "2017-07-20");
        Finding lesion = Assert.Single(r.FindingsOf("LAM-IND-004"));
        Assert.Contains("20.2 cm", lesion.Message, StringComparison.Ordinal);
        Assert.Contains("later resection", lesion.Reasoning, StringComparison.Ordinal);
        Assert.Single(r.FindingsOf("LAM-IND-005"));
        Assert.Single(r.FindingsOf("LAM-TIM-002"));
        Assert.Contains("not taking sirolimus", r.Outcome("LAM-SUR-001").NotApplicableReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Case5_BeforeFirstEvent_IsAClearError() =>
        Assert.Throws<GuidanceInputException>(() => CaseSeries.At("case-5", "2013-12-31"));

    [Theory]
    [InlineData("case-1", "2018-01-15")] // end of follow-up
    [InlineData("case-2", "2018-01-15")] // end of follow-up
    [InlineData("case-3", "2018-01-15")] // end of follow-up
    [InlineData("case-4", "2018-01-15")] // end of follow-up
    [InlineData("case-5", "2018-01-15")] // end of follow-up
    public void EveryCase_AtEndOfFollowUp_EveryFindingIsCitedAndExplained(string caseId, string asOf)
    {
        GuidanceReport r = CaseSeries.At(caseId, asOf);
        Assert.All(r.Findings, f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.Citation.Source));
            Assert.False(string.IsNullOrWhiteSpace(f.Rationale));
            Assert.False(string.IsNullOrWhiteSpace(f.Action));
        });
        Assert.All(r.Outcomes.Where(o => !o.IsApplicable), o => Assert.False(string.IsNullOrWhiteSpace(o.NotApplicableReason)));
    }
}
