using System.Text.Json;

namespace LamTrack.Pharmacokinetics.Models;

/// <summary>Maps the JSON of a model file to a <see cref="PopulationModel"/>, recording problems in <see cref="JsonFields"/>.</summary>
internal static class ModelJsonMapper
{
    public static PopulationModel? Map(JsonFields f)
    {
        JsonElement r = f.Root;
        string id = f.String(r, "id", "");
        string name = f.String(r, "name", "");
        ModelCitation citation = Citation(f, f.Object(r, "citation", ""));
        JsonElement pop = f.Object(r, "population", "");
        var population = new ModelPopulation(f.String(pop, "description", "population."), f.Bool(pop, "lam", "population."));
        ModelStructure? structure = Structure(f, f.String(r, "structure", ""));
        List<CovariateDefinition> covariates = [.. f.Array(r, "covariates", "").Select((c, i) => Covariate(f, c, $"covariates[{i}]."))];
        var declared = covariates.Select(c => c.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        List<ModelParameter> parameters = [.. f.Array(r, "parameters", "").Select((p, i) => Parameter(f, p, $"parameters[{i}].", declared))];
        List<RandomEffect> iiv = [.. f.Array(r, "iiv", "").Select((e, i) => Iiv(f, e, $"iiv[{i}]."))];
        ResidualErrorModel residual = Residual(f, f.Object(r, "residualError", ""));
        List<string> notes = [.. f.Array(r, "notes", "", required: false).Select(n => n.ValueKind == JsonValueKind.String ? n.GetString()! : n.ToString())];
        if (structure is null)
        {
            return null;
        }

        CheckParameters(f, structure.Value, parameters, iiv);
        return new PopulationModel(id, name, citation, population, structure.Value, parameters, iiv, residual, covariates, notes);
    }

    private static ModelCitation Citation(JsonFields f, JsonElement c) => new(
        f.String(c, "reference", "citation."), f.String(c, "doi", "citation.", required: false) is { Length: > 0 } d ? d : null,
        f.String(c, "readFrom", "citation."), f.String(c, "verification", "citation."));

    private static ModelStructure? Structure(JsonFields f, string text)
    {
        switch (text)
        {
            case "one-compartment-oral": return ModelStructure.OneCompartmentOral;
            case "two-compartment-oral": return ModelStructure.TwoCompartmentOral;
            case "": return null;
            default:
                f.Problems.Add($"field 'structure': unknown structure '{text}' (one-compartment-oral, two-compartment-oral)");
                return null;
        }
    }

    private static CovariateDefinition Covariate(JsonFields f, JsonElement c, string path)
    {
        double? assumed = f.NumberOrNull(c, "assumedValue", path);
        string assumption = f.String(c, "assumption", path, required: assumed is not null);
        return new CovariateDefinition(f.String(c, "name", path), f.String(c, "unit", path),
            f.NumberOrNull(c, "min", path), f.NumberOrNull(c, "max", path), assumed, assumed is null ? null : assumption);
    }

    private static ModelParameter Parameter(JsonFields f, JsonElement p, string path, HashSet<string> declared)
    {
        string name = f.String(p, "name", path);
        string unit = f.String(p, "unit", path);
        double typical = f.Number(p, "typical", path);
        if (name.Length > 0 && unit.Length > 0 && unit != PopulationModel.RequiredUnit(name))
        {
            f.Problems.Add($"field '{path}unit': unknown or wrong unit '{unit}' for {name} (expected '{PopulationModel.RequiredUnit(name)}')");
        }

        if (!(typical > 0) || typical > ModelLimits.MaxTypicalValue)
        {
            f.Problems.Add($"field '{path}typical': must be a positive number of at most {ModelLimits.MaxTypicalValue:G}");
        }

        List<CovariateEffect> effects = [.. f.Array(p, "effects", path, required: false).Select((e, i) => Effect(f, e, $"{path}effects[{i}].", declared))];
        return new ModelParameter(name, unit, typical, effects);
    }

    private static CovariateEffect Effect(JsonFields f, JsonElement e, string path, HashSet<string> declared)
    {
        string covariate = f.String(e, "covariate", path);
        if (covariate.Length > 0 && !declared.Contains(covariate))
        {
            f.Problems.Add($"field '{path}covariate': '{covariate}' is not declared in 'covariates'");
        }

        string kindText = f.String(e, "kind", path);
        CovariateEffectKind kind = kindText switch
        {
            "linear" => CovariateEffectKind.Linear,
            "power" => CovariateEffectKind.Power,
            "factor-per-unit" => CovariateEffectKind.FactorPerUnit,
            "factor-above-threshold" => CovariateEffectKind.FactorAboveThreshold,
            "linear-factor" => CovariateEffectKind.LinearFactor,
            _ => Unknown(f, $"field '{path}kind': unknown effect kind '{kindText}'"),
        };
        return new CovariateEffect(covariate, kind, f.Number(e, "coefficient", path), f.NumberOrNull(e, "reference", path) ?? 1.0);
    }

    private static CovariateEffectKind Unknown(JsonFields f, string problem)
    {
        f.Problems.Add(problem);
        return CovariateEffectKind.Linear;
    }

    private static RandomEffect Iiv(JsonFields f, JsonElement e, string path)
    {
        double variance = f.Number(e, "omegaSquared", path);
        if (!(variance > 0) || variance > ModelLimits.MaxOmegaSquared)
        {
            f.Problems.Add($"field '{path}omegaSquared': must be a positive variance of at most {ModelLimits.MaxOmegaSquared} (log-normal CV about 730 %)");
        }

        return new RandomEffect(f.String(e, "parameter", path), variance);
    }

    private static ResidualErrorModel Residual(JsonFields f, JsonElement e)
    {
        string kindText = f.String(e, "kind", "residualError.");
        ResidualErrorKind kind = kindText switch
        {
            "additive" => ResidualErrorKind.Additive,
            "proportional" => ResidualErrorKind.Proportional,
            "combined" => ResidualErrorKind.Combined,
            "exponential" => ResidualErrorKind.Exponential,
            _ => UnknownKind(f, kindText),
        };
        double prop = f.NumberOrNull(e, "proportionalSd", "residualError.", required: kind != ResidualErrorKind.Additive) ?? 0;
        double add = f.NumberOrNull(e, "additiveSdNgPerMl", "residualError.", required: kind is ResidualErrorKind.Additive or ResidualErrorKind.Combined) ?? 0;
        if (prop < 0 || add < 0 || (prop == 0 && add == 0))
        {
            f.Problems.Add("field 'residualError': SDs must be ≥ 0 and not all 0");
        }

        return new ResidualErrorModel(kind, prop, add);
    }

    private static ResidualErrorKind UnknownKind(JsonFields f, string text)
    {
        f.Problems.Add($"field 'residualError.kind': unknown kind '{text}' (additive, proportional, combined, exponential)");
        return ResidualErrorKind.Proportional;
    }

    private static void CheckParameters(JsonFields f, ModelStructure structure, List<ModelParameter> parameters, List<RandomEffect> iiv)
    {
        foreach (var twice in parameters.GroupBy(p => p.Name, StringComparer.Ordinal).Where(g => g.Key.Length > 0 && g.Count() > 1))
        {
            f.Problems.Add($"field 'parameters': parameter {twice.Key} is given {twice.Count()} times; which value holds is not guessed");
        }

        foreach (var twice in iiv.GroupBy(e => e.Parameter, StringComparer.Ordinal).Where(g => g.Key.Length > 0 && g.Count() > 1))
        {
            f.Problems.Add($"field 'iiv': variability on {twice.Key} is given {twice.Count()} times; which variance holds is not guessed");
        }

        var names = parameters.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (string required in PopulationModel.RequiredParameters(structure).Where(r => !names.Contains(r)))
        {
            f.Problems.Add($"field 'parameters': missing parameter {required} required by {structure}");
        }

        foreach (string extra in names.Where(n => n.Length > 0 && !PopulationModel.RequiredParameters(structure).Contains(n)))
        {
            f.Problems.Add($"field 'parameters': unknown parameter {extra} for {structure}");
        }

        foreach (RandomEffect e in iiv.Where(e => e.Parameter.Length > 0 && !names.Contains(e.Parameter)))
        {
            f.Problems.Add($"field 'iiv': variability on unknown parameter {e.Parameter}");
        }
    }
}
