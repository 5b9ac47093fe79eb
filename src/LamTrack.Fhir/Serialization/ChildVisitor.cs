using Hl7.Fhir.Model;

namespace LamTrack.Fhir.Serialization;

/// <summary>The comparer handed to a POCO's generated <c>CompareChildren</c> (comparing the POCO with itself): it is given
/// each backing field in turn and checks it against the element rules for that position (<see cref="ClassRules.InVisitingOrder"/>).
/// Returning <see langword="false"/> stops the walk at the first failure.</summary>
/// <remarks>One visitor per tree depth and thread, reused: checking a resource allocates nothing.</remarks>
internal sealed class ChildVisitor : IEqualityComparer<Base>, IEqualityComparer<IReadOnlyCollection<Base>>
{
    [ThreadStatic]
    private static List<ChildVisitor>? t_byDepth;

    private ElementRules[] _order = [];
    private int _position;
    private int _depth;

    /// <summary>Whether any field held a value (an element needs children or a value).</summary>
    public bool HasChildren { get; private set; }

    /// <summary>The bits of the mandatory elements seen (see <see cref="ClassRules.MandatoryMask"/>).</summary>
    public ulong Mandatory { get; private set; }

    /// <summary>This thread's visitor for <paramref name="depth"/>, reset for a node with <paramref name="rules"/>.</summary>
    public static ChildVisitor At(int depth, ClassRules rules)
    {
        List<ChildVisitor> visitors = t_byDepth ??= [];
        while (visitors.Count <= depth)
        {
            visitors.Add(new ChildVisitor());
        }

        ChildVisitor visitor = visitors[depth];
        visitor._order = rules.InVisitingOrder!;
        visitor._position = 0;
        visitor._depth = depth;
        visitor.HasChildren = false;
        visitor.Mandatory = 0;
        return visitor;
    }

    /// <inheritdoc/>
    public bool Equals(Base? x, Base? y) => x is null ? Next() is not null : Visit(x);

    /// <inheritdoc/>
    public bool Equals(IReadOnlyCollection<Base>? x, IReadOnlyCollection<Base>? y) =>
        x is null || x.Count == 0 ? Next() is not null : Visit(x);

    /// <inheritdoc/>
    public int GetHashCode(Base obj) => 0;

    /// <inheritdoc/>
    public int GetHashCode(IReadOnlyCollection<Base> obj) => 0;

    // The rules for the next field; null when the class visits more fields than were learnt (then the walk fails).
    private ElementRules? Next() => _position < _order.Length ? _order[_position++] : null;

    private bool Visit(object value)
    {
        if (Next() is not { } element)
        {
            return false;
        }

        HasChildren = true;
        Mandatory |= element.MandatoryBit;
        return PocoRuleCheck.ChildIsClean(element, value, _depth + 1);
    }
}
