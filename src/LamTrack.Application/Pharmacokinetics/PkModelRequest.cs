namespace LamTrack.Application.Pharmacokinetics;

/// <summary>Which population model a PK request uses: a shipped model by id, or a model file the command line names.</summary>
/// <param name="ModelId">A shipped model id (<c>jiao-2009</c>, …); looked up in the model catalogue only, never read as a path.</param>
/// <param name="ModelFile">A model JSON file to read instead; for the command line only (never from a web form).</param>
public sealed record PkModelRequest(string? ModelId, string? ModelFile = null)
{
    /// <summary>The request for <paramref name="idOrPath"/> as the command line's <c>--model</c> gives it: an existing file is
    /// read as a model file, anything else is a shipped model id.</summary>
    public static PkModelRequest FromCommandLine(string idOrPath) =>
        File.Exists(idOrPath) ? new PkModelRequest(null, idOrPath) : new PkModelRequest(idOrPath);
}
