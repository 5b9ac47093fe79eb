using LamTrack.Application.Problems;

namespace LamTrack.Storage.Errors;

/// <summary>Turns the store's coded exceptions into the application's <see cref="Problem"/>.</summary>
public static class StorageProblems
{
    /// <summary>The problem <paramref name="exception"/> describes, placed at <paramref name="database"/> and <paramref name="patientId"/>.</summary>
    /// <remarks>The text is the exception's message as the store words it (it begins with the code where the store puts it there).</remarks>
    public static Problem From(StorageException exception, string? database, string? patientId = null)
    {
        ArgumentNullException.ThrowIfNull(exception);
        string code = exception.Code.Length > 0 ? exception.Code : ApplicationProblemCodes.Unexpected;
        var location = new ProblemLocation(database, null, patientId, null, null);
        return new Problem(code, exception.Message, location) { Text = exception.Message };
    }

    /// <summary>A <see cref="ProblemException"/> for <paramref name="exception"/>, keeping it as the inner exception.</summary>
    public static ProblemException ToProblemException(StorageException exception, string? database, string? patientId = null) =>
        new(From(exception, database, patientId), exception);
}
