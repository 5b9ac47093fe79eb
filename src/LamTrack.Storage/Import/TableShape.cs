using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LamTrack.Storage.Import;

/// <summary>One table as the bulk writer fills it: its name, its columns and how an entity becomes a row of provider values.</summary>
/// <remarks>
/// Everything comes from the provider's EF model (column names, value converters such as the NodaTime ones), so
/// rows written in bulk and rows written by <c>SaveChanges</c> are indistinguishable. Store-generated columns
/// (the audit row number) are left out for the database to fill.
/// </remarks>
internal sealed class TableShape
{
    private readonly IClrPropertyGetter[] _getters;
    private readonly ValueConverter?[] _converters;

    private TableShape(IEntityType entity)
    {
        StoreObjectIdentifier table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        IProperty[] properties = [.. entity.GetProperties().Where(p => p.ValueGenerated != ValueGenerated.OnAdd)];
        Table = table.Name;
        Schema = table.Schema;
        Columns = [.. properties.Select(p => p.GetColumnName(table)!)];
        Mappings = [.. properties.Select(p => p.GetRelationalTypeMapping())];
        Nullable = [.. properties.Select(p => p.IsNullable)];
        _converters = [.. Mappings.Select(m => m.Converter)];
        _getters = [.. properties.Select(p => p.GetGetter())];
    }

    /// <summary>The table name.</summary>
    public string Table { get; }

    /// <summary>The table's schema, or null for the default one.</summary>
    public string? Schema { get; }

    /// <summary>The columns written, in row order.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The provider type mapping of each column.</summary>
    public IReadOnlyList<RelationalTypeMapping> Mappings { get; }

    /// <summary>Whether each column accepts null.</summary>
    public IReadOnlyList<bool> Nullable { get; }

    /// <summary>The shape of the table that holds <paramref name="entityClr"/> in <paramref name="db"/>'s model.</summary>
    public static TableShape Of(DbContext db, Type entityClr) => new(db.Model.FindEntityType(entityClr)!);

    /// <summary>The row of <paramref name="entity"/>: each column's value converted to the provider's type, null as null.</summary>
    public object?[] ValuesOf(object entity)
    {
        var values = new object?[_getters.Length];
        for (int c = 0; c < values.Length; c++)
        {
            object? value = _getters[c].GetClrValueUsingContainingEntity(entity);
            values[c] = value is not null && _converters[c] is { } converter ? converter.ConvertToProvider(value) : value;
        }

        return values;
    }
}
