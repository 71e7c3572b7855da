using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowAgency.Server.Security;
using WorkflowAgency.Server.Storage;
using WorkflowAgency.Server.Tests.Infrastructure;

namespace WorkflowAgency.Server.Tests.Auth;

public sealed class SignInTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    [Fact]
    public async Task me_says_who_is_signed_in_with_roles_and_groups()
    {
        var account1 = await server.SignedInAsync("account1");

        var me = await (await account1.GetAsync("/api/auth/me")).ShouldBeOkAsync();

        me["userName"]!.GetValue<string>().ShouldBe("account1");
        me["displayName"]!.GetValue<string>().ShouldBe("Alex Account");
        me["roles"]!.AsArray().Select(r => r!.GetValue<string>()).ShouldBe(["account"]);
        me["groups"]!.AsArray().Select(r => r!.GetValue<string>()).ShouldBe(["account"]);
    }

    [Theory]
    [InlineData("account1", "wrong-password")]
    [InlineData("nobody", ServerFactory.Password)]
    public async Task a_wrong_user_name_or_password_is_a_401_that_does_not_say_which(string user, string password)
    {
        var response = await server.Anonymous().PostAsJsonAsync("/api/auth/login", new { username = user, password });

        (await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized))["detail"]!.GetValue<string>().ShouldBe("Wrong user name or password.");
    }

    [Fact]
    public async Task a_login_without_a_password_names_the_field()
    {
        var response = await server.Anonymous().PostAsJsonAsync("/api/auth/login", new { username = "account1" });

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest))["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["password"]);
    }

    [Fact]
    public async Task logging_out_ends_the_session()
    {
        var account1 = await server.SignedInAsync("account1");

        (await account1.PostAsync("/api/auth/logout", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await (await account1.GetAsync("/api/auth/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task a_disabled_user_loses_their_session_within_minutes()
    {
        await using var own = new ServerFactory();
        var account2 = await own.SignedInAsync("account2");
        var contexts = own.Services.GetRequiredService<IDbContextFactory<ServerDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            (await db.Users.SingleAsync(u => u.UserName == "account2")).Disabled = true;
            await db.SaveChangesAsync();
        }

        own.Time.Advance(SessionRevalidation.Interval + TimeSpan.FromSeconds(1));

        await (await account2.GetAsync("/api/auth/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        (await own.Anonymous().PostAsJsonAsync("/api/auth/login", new { username = "account2", password = ServerFactory.Password })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task a_revoked_api_token_stops_working()
    {
        var admin = await server.SignedInAsync("admin");
        var created = await (await admin.PostAsJsonAsync("/api/tokens", new { name = "crm" })).ShouldBeOkAsync(HttpStatusCode.Created);
        var crm = server.CreateClient();
        crm.DefaultRequestHeaders.Authorization = new("Bearer", created["token"]!.GetValue<string>());
        (await crm.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await admin.DeleteAsync($"/api/tokens/{created["id"]}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await (await crm.GetAsync("/api/auth/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        var listed = await admin.GetStringAsync("/api/tokens");
        listed.ShouldNotContain(created["token"]!.GetValue<string>());
    }

    [Fact]
    public async Task a_token_with_an_unknown_role_is_refused()
    {
        var admin = await server.SignedInAsync("admin");

        var response = await admin.PostAsJsonAsync("/api/tokens", new { name = "crm", roles = (string[])["superuser"] });

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest))["errors"]!["roles"].ShouldNotBeNull();
    }
}
