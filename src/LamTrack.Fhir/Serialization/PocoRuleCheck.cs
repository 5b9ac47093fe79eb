using System.Collections;
using Hl7.Fhir.Model;

namespace LamTrack.Fhir.Serialization;

/// <summary>Runs, on a parsed resource tree, the checks that Firely's POCO validator (<c>FhirAttributeValidator</c>)
/// makes while the strict deserializer parses, in one walk and without allocating unless a check fails.</summary>
/// <remarks>
/// The SDK's checks, and where each is made here:
/// <list type="bullet">
/// <item>unknown element, element of the wrong type, wrong-cased element: the deserializer keeps them in the POCO's
/// overflow (any overflow fails), or binds them to a dynamic type (any <see cref="IDynamicType"/> fails); a wrong-cased
/// name is bound to its element both ways (the default settings filter the SDK's wrong-case issues, PVAL131/132);</item>
/// <item>cardinality (minimum, maximum, no null in a list) and allowed types of choice elements: <see cref="ElementRules"/>;</item>
/// <item>mandatory elements missing: <see cref="ClassRules.Mandatory"/>;</item>
/// <item>invariants: an element with neither value nor children, a primitive literal that is not valid for its type
/// (date, decimal, id, uri, a code outside its required enum binding such as gender <c>femal</c>, ...) through the
/// SDK's own <see cref="PrimitiveType.HasValidValue"/>, and contained resources nested in contained resources.</item>
/// </list>
/// Children are visited through the class's generated <c>CompareChildren</c> (<see cref="ChildVisitor"/>, which sees the
/// backing fields in an order <see cref="ElementOrder"/> learnt), allocating nothing; a class whose order could not be
/// learnt is walked with <see cref="Base.EnumerateElements"/>.
/// A failed check only says "not clean": the caller then parses with the strict deserializer, whose problems are
/// reported. The walk may be stricter than the SDK (that only costs a second parse) but never more lenient; the
/// differential tests in <c>FastStrictParserTests</c> hold it to that.
/// </remarks>
internal static class PocoRuleCheck
{
    /// <summary>Whether <paramref name="node"/> and everything below it pass the SDK's POCO validation.</summary>
    /// <param name="node">The parsed resource or element.</param>
    public static bool IsClean(Base node) => IsClean(node, depth: 0);

    /// <summary>As <see cref="IsClean(Base)"/>, for a node <paramref name="depth"/> levels below the resource.</summary>
    internal static bool IsClean(Base node, int depth)
    {
        if (node is IDynamicType || node.HasOverflow || ClassRules.For(node.GetType()) is not { HasClassRules: false } rules)
        {
            return false;
        }

        if (rules.InVisitingOrder is null)
        {
            return IsCleanByName(node, rules, depth);
        }

        ChildVisitor visitor = ChildVisitor.At(depth, rules);
        return node.CompareChildren(node, visitor) && InvariantsHold(node, visitor.HasChildren) && visitor.Mandatory == rules.MandatoryMask;
    }

    /// <summary>Whether one child value (a single element or a list) passes its element's rules, and its subtree is clean.</summary>
    internal static bool ChildIsClean(ElementRules element, object value, int depth)
    {
        if (!element.PropertyType.IsInstanceOfType(value))
        {
            return false;
        }

        if (value is Base single)
        {
            return element.Min <= 1 && element.Max != 0 && element.Allows(single) && IsClean(single, depth);
        }

        if (value is not IList list || list.Count < element.Min || (element.Max != -1 && list.Count > element.Max))
        {
            return false;
        }

        for (int i = 0; i < list.Count; i++)
        {
            if (list[i] is not Base child || !element.Allows(child) || !IsClean(child, depth)
                || (element.IsContained && child is DomainResource { Contained.Count: > 0 }))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The same checks through <see cref="Base.EnumerateElements"/>, for a class whose visiting order is unknown.</summary>
    private static bool IsCleanByName(Base node, ClassRules rules, int depth)
    {
        bool hasChildren = false;
        ulong mandatory = 0;
        foreach (KeyValuePair<string, object> child in node.EnumerateElements())
        {
            hasChildren = true;
            if (rules.Element(child.Key) is not { } element || !ChildIsClean(element, child.Value, depth + 1))
            {
                return false;
            }

            mandatory |= element.MandatoryBit;
        }

        return InvariantsHold(node, hasChildren) && (rules.MandatoryMask == 0 ? rules.Mandatory.Count == 0 : mandatory == rules.MandatoryMask);
    }

    // A primitive needs a value or children (id, extensions), and its value must be a valid literal of its type; any
    // other element needs children.
    private static bool InvariantsHold(Base node, bool hasChildren) =>
        node is PrimitiveType primitive ? (primitive.JsonValue is null ? hasChildren : LiteralCheck.IsValid(primitive)) : hasChildren;
}
