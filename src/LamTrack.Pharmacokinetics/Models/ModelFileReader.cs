using System.Text.Json;

namespace LamTrack.Pharmacokinetics.Models;

/// <summary>Reads a population model from its JSON file, checking every field before returning anything.</summary>
/// <remarks>
/// The format is in docs/pk.md. Every problem (missing field, wrong type, unknown unit, unknown structure, missing
/// parameter, IIV on an unknown parameter, effect on an undeclared covariate) is collected with its JSON path; if there
/// is any, <see cref="ModelFileException"/> is thrown and no model is returned.
/// </remarks>
public static class ModelFileReader
{
    /// <summary>Reads and validates the model file at <paramref name="path"/>.</summary>
    /// <exception cref="ModelFileException">The file is missing, not JSON, or has invalid content.</exception>
    public static PopulationModel ReadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ModelFileException(path, [$"cannot read the file: {e.Message}"]);
        }

        return Parse(text, path);
    }

    /// <summary>Parses and validates model JSON; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="ModelFileException">The text is not JSON or has invalid content.</exception>
    public static PopulationModel Parse(string json, string source)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, AllowDuplicateProperties = false });
        }
        catch (JsonException e)
        {
            throw new ModelFileException(source, [$"not valid JSON (line {e.LineNumber + 1}): {e.Message}"]);
        }

        using (doc)
        {
            var ctx = new JsonFields(doc.RootElement);
            PopulationModel? model = ModelJsonMapper.Map(ctx);
            if (ctx.Problems.Count > 0 || model is null)
            {
                throw new ModelFileException(source, ctx.Problems);
            }

            return model;
        }
    }
}
