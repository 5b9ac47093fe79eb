using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace LamTrack.Storage.Import;

/// <summary>A reusable multi-row INSERT for one entity type, built from the EF model so that every value is stored as EF would store it.</summary>
/// <remarks>
/// Column names, quoting, parameter names and value conversions (NodaTime converters, SQLite's GUID-as-text)
/// all come from the provider's model and type mappings, so rows written here and rows written by
/// <c>SaveChanges</c> are indistinguishable. Store-generated columns (the audit row number) are left out.
/// </remarks>
internal sealed class RowInserter : IDisposable
{
    private readonly DbCommand _command;
    private readonly IProperty[] _properties;
    private readonly RelationalTypeMapping[] _mappings;
    private readonly DbParameter[] _parameters;

    private RowInserter(DbCommand command, IProperty[] properties, RelationalTypeMapping[] mappings, DbParameter[] parameters)
    {
        _command = command;
        _properties = properties;
        _mappings = mappings;
        _parameters = parameters;
    }

    /// <summary>An INSERT of <paramref name="rows"/> rows of <paramref name="entityClr"/> on the context's open connection.</summary>
    public static RowInserter Create(LamTrackDbContext db, Type entityClr, int rows)
    {
        IEntityType entity = db.Model.FindEntityType(entityClr)!;
        StoreObjectIdentifier table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        IProperty[] properties = [.. entity.GetProperties().Where(p => p.ValueGenerated != ValueGenerated.OnAdd)];
        RelationalTypeMapping[] mappings = [.. properties.Select(p => p.GetRelationalTypeMapping())];
        ISqlGenerationHelper sql = db.GetService<ISqlGenerationHelper>();
        DbCommand command = db.Database.GetDbConnection().CreateCommand();
        var text = new StringBuilder("INSERT INTO ").Append(sql.DelimitIdentifier(table.Name, table.Schema)).Append(" (")
            .AppendJoin(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!))).Append(") VALUES ");
        var parameters = new DbParameter[rows * properties.Length];
        for (int r = 0; r < rows; r++)
        {
            text.Append(r == 0 ? "(" : ", (");
            for (int c = 0; c < properties.Length; c++)
            {
                string name = $"r{r}c{c}";
                DbParameter parameter = mappings[c].CreateParameter(command, sql.GenerateParameterName(name), null, properties[c].IsNullable);
                command.Parameters.Add(parameter);
                parameters[(r * properties.Length) + c] = parameter;
                text.Append(c == 0 ? string.Empty : ", ").Append(sql.GenerateParameterNamePlaceholder(name));
            }

            text.Append(')');
        }

        command.CommandText = text.ToString();
        return new RowInserter(command, properties, mappings, parameters);
    }

    /// <summary>Inserts <paramref name="entities"/> (exactly as many as the command has rows) inside <paramref name="transaction"/>.</summary>
    public Task ExecuteAsync<T>(DbTransaction transaction, IReadOnlyList<T> entities, CancellationToken cancellationToken)
        where T : class
    {
        for (int r = 0; r < entities.Count; r++)
        {
            for (int c = 0; c < _properties.Length; c++)
            {
                object? value = _properties[c].GetGetter().GetClrValueUsingContainingEntity(entities[r]);
                ValueConverterHelper.SetValue(_parameters[(r * _properties.Length) + c], _mappings[c], value);
            }
        }

        _command.Transaction = transaction;
        return _command.ExecuteNonQueryAsync(cancellationToken);
    }

    public void Dispose() => _command.Dispose();
}
