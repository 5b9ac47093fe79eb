namespace LamTrack.Web.Tests.Security;

/// <summary>The security tests share one running server (<see cref="SecurityServer"/>) and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class SecurityServerGroup : ICollectionFixture<SecurityServer>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "security server";
}
