using System.Text.Json.Nodes;
using Json.Schema;
using LamTrack.Testing;

namespace LamTrack.PatientFiles.Tests;

/// <summary>The documented JSON Schema (docs/patient.schema.json) agrees with what the reader accepts.</summary>
public sealed class PatientSchemaTests
{
    private static readonly JsonSchema s_schema =
        JsonSchema.FromText(File.ReadAllText(Path.Combine(CaseSeriesData.RepositoryRoot, "docs", "patient.schema.json")));

    private static EvaluationResults Evaluate(JsonNode node) =>
        s_schema.Evaluate(System.Text.Json.JsonSerializer.SerializeToElement(node), new EvaluationOptions { OutputFormat = OutputFormat.List });

    [Theory]
    [InlineData(1)] // pregnancy, gestational weeks, undated Table 1 range
    [InlineData(2)] // bilateral episode, discontinuation, relapses
    [InlineData(3)] // inferred undated episodes, chemical pleurodesis
    [InlineData(4)] // censored trough, dose changes, co-medication
    [InlineData(5)] // conflicting sources kept side by side
    public void Evaluate_BundledCase_IsValid(int caseNumber)
    {
        EvaluationResults results = Evaluate(CaseSeriesData.Json(caseNumber));
        var errors = results.Details?.Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} {d.EvaluationPath}: {e.Value}")) ?? [];
        Assert.True(results.IsValid, string.Join("\n", errors));
    }

    [Fact]
    public void Evaluate_FieldOfAnotherEventType_IsInvalid()
    {
        JsonObject json = CaseSeriesData.Json(2);
        CaseSeriesData.Event(json, "c2-6mwt")["side"] = "left";
        Assert.False(Evaluate(json).IsValid);
    }

    [Fact]
    public void Evaluate_UnknownEventType_IsInvalid()
    {
        JsonObject json = CaseSeriesData.Json(2);
        CaseSeriesData.Event(json, "c2-6mwt")["type"] = "teleport";
        Assert.False(Evaluate(json).IsValid);
    }
}
