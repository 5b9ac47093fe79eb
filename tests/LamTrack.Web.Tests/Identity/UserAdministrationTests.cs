using LamTrack.Web.Identity;
using LamTrack.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LamTrack.Web.Tests.Identity;

public sealed class UserAdministrationTests(WebHostFixture host) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task AddAsync_UnknownRole_IsRefusedWithCode()
    {
        await using AsyncServiceScope scope = host.Services.CreateAsyncScope();
        UserCommandResult result = await scope.ServiceProvider.GetRequiredService<UserAdministration>().AddAsync("x@test.example", "boss", null);
        Assert.False(result.Succeeded);
        Assert.StartsWith("WEB-USER-001", Assert.Single(result.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddAsync_NoPassword_GeneratesOneThatSignsIn()
    {
        await using AsyncServiceScope scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        UserCommandResult result = await users.AddAsync("generated@test.example", Roles.Pharmacist, null);
        Assert.True(result.Succeeded);
        Assert.Equal(20, result.GeneratedPassword!.Length);
        UserSummary listed = Assert.Single(await users.ListAsync(), u => u.Email == "generated@test.example");
        Assert.Equal([Roles.Pharmacist], listed.Roles);
        Assert.False(listed.Disabled);
    }

    [Fact]
    public async Task FirstRun_NoAdmin_CreatesOne()
    {
        await using AsyncServiceScope scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        Assert.Contains(await users.ListAsync(), u => u.Email == FirstRun.DefaultAdminEmail && u.Roles.Contains(Roles.Admin));
    }
}
