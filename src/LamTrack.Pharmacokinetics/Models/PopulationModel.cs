namespace LamTrack.Pharmacokinetics.Models;

/// <summary>A population pharmacokinetic model as data: citation, population, validity domain, structure, typical values, IIV, residual error and covariates.</summary>
/// <remarks>Read from a JSON model file by <see cref="ModelFileReader"/>; docs/pk.md describes the format.</remarks>
/// <param name="Id">Stable identifier, e.g. "jiao-2009".</param>
/// <param name="Name">Human-readable name.</param>
/// <param name="Citation">Source of the model.</param>
/// <param name="Population">The population it was estimated in.</param>
/// <param name="Structure">Compartments and absorption.</param>
/// <param name="Parameters">Structural parameters with covariate effects.</param>
/// <param name="RandomEffects">Log-normal IIV, diagonal Ω.</param>
/// <param name="ResidualError">Residual error model.</param>
/// <param name="Covariates">Covariates used, with validity ranges and assumptions.</param>
/// <param name="Notes">Free-text caveats printed with results.</param>
public sealed record PopulationModel(
    string Id, string Name, ModelCitation Citation, ModelPopulation Population, ModelStructure Structure,
    IReadOnlyList<ModelParameter> Parameters, IReadOnlyList<RandomEffect> RandomEffects, ResidualErrorModel ResidualError,
    IReadOnlyList<CovariateDefinition> Covariates, IReadOnlyList<string> Notes)
{
    /// <summary>The parameter names each structure requires.</summary>
    public static IReadOnlyList<string> RequiredParameters(ModelStructure structure) => structure == ModelStructure.OneCompartmentOral
        ? ["CL", "V", "KA"]
        : ["CL", "V2", "Q", "V3", "KA"];

    /// <summary>The unit each parameter name must have.</summary>
    public static string RequiredUnit(string parameter) => parameter switch
    {
        "CL" or "Q" => "L/h",
        "KA" => "1/h",
        _ => "L",
    };

    /// <summary>Checks the validity domain and fills missing covariates with their stated assumptions.</summary>
    /// <param name="patientCovariates">The patient's covariate values by name (may lack some).</param>
    /// <returns>The prior for this subject, or a not-applicable outcome with the reasons.</returns>
    public ModelApplicability Apply(IReadOnlyDictionary<string, double> patientCovariates)
    {
        ArgumentNullException.ThrowIfNull(patientCovariates);
        var values = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        var assumptions = new List<string>();
        var reasons = new List<string>();
        if (!Population.IsLamPopulation)
        {
            assumptions.Add($"Off-population prior: {Id} was estimated in {Population.Description}, not in LAM patients.");
        }

        foreach (CovariateDefinition c in Covariates)
        {
            bool used = Parameters.Any(p => p.Effects.Any(e => string.Equals(e.Covariate, c.Name, StringComparison.OrdinalIgnoreCase)));
            ApplyCovariate(c, used, patientCovariates, values, (assumptions, reasons));
        }

        return reasons.Count > 0
            ? ModelApplicability.NotApplicable(this, reasons, assumptions)
            : ModelApplicability.Applicable(this, SubjectPrior.Create(this, values), assumptions);
    }

    private static void ApplyCovariate(
        CovariateDefinition c, bool used, IReadOnlyDictionary<string, double> given, Dictionary<string, double> values,
        (List<string> Assumptions, List<string> Reasons) notes)
    {
        (List<string> assumptions, List<string> reasons) = notes;
        double? found = TryFind(given, c.Name);
        if (found is null)
        {
            if (c.AssumedValue is null)
            {
                (used ? reasons : assumptions).Add(used
                    ? $"covariate {c.Name} ({c.Unit}) is required by the model and missing"
                    : $"{c.Name} not given: the validity domain for {c.Name} was not checked");
                return;
            }

            values[c.Name] = c.AssumedValue.Value;
            assumptions.Add($"{c.Name} = {c.AssumedValue.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} {c.Unit} assumed: {c.Assumption}");
            return;
        }

        double x = found.Value;
        if ((c.Minimum is double lo && x < lo) || (c.Maximum is double hi && x > hi))
        {
            reasons.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{c.Name} = {x} {c.Unit} is outside the model's validity domain [{c.Minimum?.ToString() ?? "-∞"}, {c.Maximum?.ToString() ?? "∞"}]"));
        }

        values[c.Name] = x;
    }

    private static double? TryFind(IReadOnlyDictionary<string, double> given, string name)
    {
        foreach (KeyValuePair<string, double> kv in given)
        {
            if (string.Equals(kv.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return kv.Value;
            }
        }

        return null;
    }
}
