using LamTrack.Application.Problems;
using LamTrack.Pharmacokinetics.Interactions;
using LamTrack.Pharmacokinetics.Models;

namespace LamTrack.Application.Pharmacokinetics;

/// <summary>Finds the model and the interaction table a PK request asks for: shipped ones by id, or files the command line names.</summary>
/// <remarks>A model id is only ever looked up in the injected <see cref="ModelCatalogue"/>; a file is read only when the
/// request carries it in its command-line-only field.</remarks>
internal sealed class PkModelSource(ModelCatalogue catalogue)
{
    public ModelCatalogue Catalogue => catalogue;

    public (PopulationModel? Model, Problem? Problem) Model(string? id, string? file)
    {
        try
        {
            return (file is not null ? ModelFileReader.ReadFile(file) : catalogue.Get(id!), null);
        }
        catch (ModelFileException e)
        {
            return (null, PkProblems.From(PharmacokineticsProblemCodes.InvalidModel, e.Message, file ?? id));
        }
    }

    public (InteractionTable? Table, Problem? Problem) Interactions(string? file)
    {
        try
        {
            return (file is null ? catalogue.Interactions : InteractionTable.ReadFile(file), null);
        }
        catch (ModelFileException e)
        {
            return (null, PkProblems.From(PharmacokineticsProblemCodes.InvalidInteractionTable, e.Message, file));
        }
    }

    public static PkModelSummary Summary(PopulationModel model) =>
        new(model.Id, model.Citation.Reference, model.Citation.Doi, model.Citation.Verification, model.Population.Description, model.Population.IsLamPopulation);
}
