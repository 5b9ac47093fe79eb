using LamTrack.Application.Problems;
using LamTrack.Pharmacokinetics.Data;
using LamTrack.Pharmacokinetics.Models;

namespace LamTrack.Application.Pharmacokinetics;

/// <summary>The inputs the simulate, estimate and population use cases share: the model, a NONMEM-style data file, and
/// the caveats of a model applied to a subject.</summary>
internal static class PkInputs
{
    /// <summary>Prefix of a caveat that says the model does not apply.</summary>
    public const string NotApplicable = "NOT APPLICABLE: ";

    public static (PopulationModel? Model, Problem? Problem) Model(PkModelSource source, PkModelRequest request)
    {
        try
        {
            return source.Model(request.ModelId, request.ModelFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, PkProblems.From(PharmacokineticsProblemCodes.InvalidModel, e.Message, request.ModelFile ?? request.ModelId));
        }
    }

    public static (IReadOnlyList<SubjectData>? Subjects, Problem? Problem) Data(string path, DataPurpose purpose)
    {
        try
        {
            return (NonmemDataReader.ReadFile(path, purpose), null);
        }
        catch (DataFileException e)
        {
            return (null, PkProblems.From(PharmacokineticsProblemCodes.InvalidData, e.Message, path));
        }
    }

    /// <summary>The model's assumptions for a subject, then the reasons it does not apply, each once.</summary>
    public static IReadOnlyList<string> Caveats(ModelApplicability applicability) =>
        [.. applicability.Assumptions.Concat(applicability.Reasons.Select(r => NotApplicable + r)).Distinct(StringComparer.Ordinal)];

    /// <summary>A usage problem: a request value out of range, worded without .NET's "(Parameter 'x')" suffix.</summary>
    public static Problem Invalid(string message, string? option = null) =>
        PkProblems.From(PharmacokineticsProblemCodes.InvalidRequest, message.Split(" (Parameter '", 2)[0], option);
}
